"""Every word of the command line in the language of the run (issue 16).

The language comes from ``--lang``/``-l`` anywhere on the command line, else from
``SPUKDOS_LANG``, else Dutch: it has to be known before Click parses anything, because
``--help`` and usage errors are printed while parsing. :class:`LocalizedGroup`, the group
class of the app, then puts the help texts and value names of every command and option
in that language (:mod:`spukdos_cli.messages.cli_words`), and translates what Click and
Typer write themselves: the help page (``get_help``), the usage line (``get_usage``) and
every usage error (its ``show``). That works on the finished text, so it does not depend
on how a Click or Typer release builds it (Typer 0.19 and later vendor a Click without
gettext).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import IO, Any

import typer
import typer.core

from spukdos_cli.cli.completion import for_named_shell, named_shell
from spukdos_cli.messages.cli_words import METAVARS, cli_text, cli_word, click_text
from spukdos_cli.messages.lang import pick

LANGS = ("nl", "en")


def run_language(args: Sequence[str], env: Mapping[str, str]) -> str:
    """``--lang X`` / ``--lang=X`` / ``-l X`` / ``-lX`` on the command line, else
    ``SPUKDOS_LANG``, else ``nl``. An unknown value counts as not given (the option's own
    check reports it, in the language found otherwise)."""
    found = None
    for i, arg in enumerate(args):
        if arg == "--":
            break
        value = None
        if arg in ("--lang", "-l") and i + 1 < len(args):
            value = args[i + 1]
        elif arg.startswith("--lang="):
            value = arg.split("=", 1)[1]
        elif arg.startswith("-l") and len(arg) > 2 and not arg.startswith("--"):
            value = arg[2:]
        if value in LANGS:
            found = value
    if found is None:
        found = env.get("SPUKDOS_LANG", "")
    return found if found in LANGS else "nl"


def _lang_option_length(args: Sequence[str], i: int) -> int:
    """How many arguments from ``args[i]`` spell the language option (0: none)."""
    arg = args[i]
    if arg in ("--lang", "-l"):
        return 2 if i + 1 < len(args) else 1
    if arg.startswith("--lang=") or (arg.startswith("-l") and not arg.startswith("--")):
        return 1
    return 0


def lang_after_command(args: Sequence[str], commands: Iterable[str]) -> list[str]:
    """``args`` with a language option written before the command moved after it
    (``spukdos --lang en check a.yaml`` as ``spukdos check --lang en a.yaml``), or left out
    when no command follows (``spukdos --lang en --help``): the language of the run is
    found before parsing (:func:`run_language`), and each command takes the option."""
    names = set(commands)
    moved: list[str] = []
    rest = list(args)
    i = 0
    while i < len(rest) and rest[i] != "--" and rest[i] not in names:
        length = _lang_option_length(rest, i)
        if length:
            moved += rest[i : i + length]
            del rest[i : i + length]
        else:
            i += 1
    if moved and i < len(rest) and rest[i] in names:
        rest[i + 1 : i + 1] = moved
    return rest


_SPEAKING = (
    "click.core",
    "click.decorators",
    "click.exceptions",
    "click.formatting",
    "click.parser",
    "click.types",
    "typer.core",
    "typer.main",
)
"""Modules that look their words up through ``_`` / ``ngettext`` (gettext) when they print."""


def speak(lang: str) -> None:
    """Have the gettext lookups of Click and Typer answer in ``lang``."""

    def translate(message: str) -> str:
        return cli_text(message, lang)

    def ntranslate(singular: str, plural: str, count: int) -> str:
        return cli_text(singular if count == 1 else plural, lang)

    for name in _SPEAKING:
        module = sys.modules.get(name)
        if module is None:
            continue
        if hasattr(module, "_"):
            module._ = translate  # type: ignore[attr-defined]
        if hasattr(module, "ngettext"):
            module.ngettext = ntranslate  # type: ignore[attr-defined]


class _Run:
    """The language of the run (one per process)."""

    lang = "nl"


class LocalizedCommand(typer.core.TyperCommand):
    """A command of the app, speaking the language of the run: its help page, usage line
    and usage errors (a Typer command becomes one: the layout is the same)."""

    def get_help(self, ctx: Any) -> str:
        return click_text(super().get_help(ctx), _Run.lang)

    def get_usage(self, ctx: Any) -> str:
        return click_text(super().get_usage(ctx), _Run.lang)

    def make_context(self, *args: Any, **kwargs: Any) -> Any:
        with _errors_localized():
            return super().make_context(*args, **kwargs)


class LocalizedGroup(typer.core.TyperGroup):
    """The app's group: finds the language of the run and localizes before parsing."""

    def main(self, args: Sequence[str] | None = None, *pargs: Any, **kwargs: Any) -> Any:
        argv = list(sys.argv[1:] if args is None else args)
        lang = run_language(argv, os.environ)
        localize(self, lang)
        named = named_shell(argv)
        if named is not None:  # --install-completion zsh: Typer's flag would ignore "zsh"
            sys.exit(for_named_shell(*named, lang, sys.stdout, sys.stderr))
        return super().main(lang_after_command(argv, self.commands), *pargs, **kwargs)

    def get_help(self, ctx: Any) -> str:
        return click_text(super().get_help(ctx), _Run.lang)

    def get_usage(self, ctx: Any) -> str:
        return click_text(super().get_usage(ctx), _Run.lang)

    def make_context(self, *args: Any, **kwargs: Any) -> Any:
        with _errors_localized():
            return super().make_context(*args, **kwargs)

    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        with _errors_localized():
            return super().resolve_command(ctx, args)


@contextmanager
def _errors_localized() -> Iterator[None]:
    try:
        yield
    except Exception as err:
        _localize_error(err, _Run.lang)
        raise


def _localize_error(err: Exception, lang: str) -> None:
    """Let a usage error show itself in ``lang`` (Click prints it with ``show``)."""
    show = getattr(err, "show", None)
    if not callable(show) or type(err).__name__ == "NoArgsIsHelpError":
        return  # not a usage error; or one that shows the (localized) help page

    def localized_show(file: IO[Any] | None = None) -> None:
        buffer = _Buffer()
        show(file=buffer)
        typer.echo(click_text(buffer.text, lang), file=file or sys.stderr, nl=False)

    err.show = localized_show  # type: ignore[attr-defined]


class _Buffer:
    """A text stream that keeps what is written (Click's ``echo`` writes to it)."""

    def __init__(self) -> None:
        self.text = ""

    def write(self, text: str) -> int:
        self.text += text
        return len(text)

    def flush(self) -> None:
        return None

    def isatty(self) -> bool:
        return False


def _own_help(command: Any, lang: str) -> None:
    """Help texts and value names of ``command`` and its options, in ``lang``. The Dutch
    texts are kept aside the first time, so that a later run can switch back."""
    originals: dict[str, Any] = command.__dict__.setdefault("_spukdos_originals", {})
    for attribute in ("help", "short_help", "epilog"):
        original = originals.setdefault(attribute, getattr(command, attribute, None))
        if original:
            setattr(command, attribute, cli_text(original, lang))
    command.options_metavar = cli_word("options", lang)
    if hasattr(command, "subcommand_metavar"):
        command.subcommand_metavar = cli_word("subcommand", lang)
    for param in command.params:
        kept: dict[str, Any] = param.__dict__.setdefault("_spukdos_originals", {})
        help_text = kept.setdefault("help", getattr(param, "help", None))
        if help_text:
            param.help = cli_text(help_text, lang)
        names = [name for name in param.opts if name.startswith("--")] or [param.name or ""]
        pair = METAVARS.get(names[0])
        if pair is not None:
            param.metavar = pick(pair, lang)
        if param.name == "install_completion":
            param.callback = _install_completion(param.callback, lang)
            param.help = cli_word("completion_install_help", lang)
        if param.name == "show_completion":
            param.help = cli_word("completion_show_help", lang)


def _install_completion(original: Callable[..., Any] | None, lang: str) -> Callable[..., Any]:
    """``--install-completion`` with its two sentences in ``lang`` (Typer prints English)."""
    first = getattr(original, "_spukdos_original", original)

    def callback(ctx: Any, param: Any, value: Any) -> Any:
        from typer import completion

        install = getattr(completion, "install", None)
        if not value or ctx.resilient_parsing or install is None or first is None:
            return first(ctx, param, value) if first is not None else value
        shell, path = install(shell=value) if isinstance(value, str) else install()
        installed = cli_word("completion_installed", lang).format(shell=shell, path=path)
        typer.secho(installed, fg="green")
        typer.echo(cli_word("completion_restart", lang))
        sys.exit(0)

    callback._spukdos_original = first  # type: ignore[attr-defined]
    return callback


def localize(group: Any, lang: str) -> None:
    """The whole command tree in ``lang``: the group and every command."""
    _Run.lang = lang
    speak(lang)
    _own_help(group, lang)
    for command in group.commands.values():
        if type(command) is typer.core.TyperCommand:
            command.__class__ = LocalizedCommand  # the same command, speaking ``lang``
        _own_help(command, lang)
