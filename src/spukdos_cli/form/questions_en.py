"""The form's questions in English, for ``spukdos init --lang en``.

A translation of :data:`spukdos_cli.form.questions.QUESTIONS` (the Dutch form's own words),
key by key: the question, and the heading where the Dutch one has one. The example answers
are not translated: they are values as typed in the file, mostly the reference application's
own Dutch text. A test keeps the two tables in step.
"""

from __future__ import annotations


def _posts(base: str) -> dict[str, str]:
    return {
        f"{base}[].kostenpost": "Cost post.",
        f"{base}[].beschrijving": (
            "Short description of the costs. Explain the underlying assumptions, with a "
            "source where possible."
        ),
        f"{base}[].uitvoerder": (
            "Who carries out the activities? This can be more than one party."
        ),
        f"{base}[].bedrag": "Costs, in euros.",
        f"{base}[].domein": "Which domain do the costs fall in?",
        f"{base}[].tarief": (
            "Is the cost post in the maatschappelijke prijslijst (price list)? Then use that "
            "rate: give the key of the rate here ('spukdos prices' lists them)."
        ),
        f"{base}[].aantal": (
            "Number of units (hours, days, ...) of that rate; spukdos compares amount ÷ "
            "number with the price list."
        ),
        f"{base}[].onderbouwing_tarief": (
            "Does your rate differ greatly from the price list? Exceptionally you may use "
            "another rate with a justification: give it here."
        ),
    }


def _delay(base: str, what: str, questions: tuple[str, str, str]) -> dict[str, str]:
    days, residents, cost = questions
    return {
        f"{base}.dagen": days,
        f"{base}.toelichting_dagen": "Explanation of A: what is the expected delay based on?",
        f"{base}.inwoners": residents,
        f"{base}.toelichting_inwoners": "Explanation of B: how did you arrive at this number?",
        f"{base}.kosten_per_dag": cost,
        f"{base}.toelichting_kosten": "Explanation of C: which rate, from which source?",
        f"{base}.tarief": (
            "Key of rate C in the maatschappelijke prijslijst ('spukdos prices' lists them); "
            "spukdos then compares C with the price list."
        ),
        f"{base}.onderbouwing_tarief": (
            "Does C differ greatly from the price list? Then give the justification here."
        ),
        f"{base}.totaal": (
            f"Expected total saving from {what} = A × B × C, as you enter it in the form; "
            "spukdos recomputes it (to whole cents, half up)."
        ),
    }


QUESTIONS_EN: dict[str, str] = {
    "spukdos": "Version of the file format. Do not change.",
    "regeling_jaar": "The year of the grant scheme (SPUK DOS) you apply for.",
    "experiment": "The experiment: name, applying municipality, form and term.",
    "experiment.naam": "What is the name of the experiment?",
    "experiment.gemeente": (
        "Which municipality applies, as extending or coordinating municipality of the experiment?"
    ),
    "experiment.variant": (
        "What form does the experiment take? centraal_persoon: an experiment with a "
        "'central person', with a fixed payment per client included. cofinanciering: at "
        "least 20% of the costs co-financed and at most 80% from the grant applied for."
    ),
    "experiment.startdatum": (
        "What is the intended start date of the experiment? The start date is the moment "
        "the first (frail) resident can be helped."
    ),
    "experiment.einddatum": "Until when does the experiment run?",
    "experiment.voorbereiding": "How much time is (still) needed to prepare before the start?",
    "partijen": (
        "Contact details of the cooperating parties in the experiment. Below, give the names "
        "of the organisations taking part and the full contact details of their contact "
        "persons: name, e-mail address and telephone number. One block per organisation."
    ),
    "partijen[].rol": "Role of the party in the experiment.",
    "partijen[].organisatie": "Name of the organisation.",
    "partijen[].toegezegd": (
        "Has this party committed to the cooperation? At least the municipality (or "
        "municipalities), the zorgkantoor and one executing party must have committed."
    ),
    "partijen[].taak": "What does this party do in the experiment (the division of roles)?",
    "partijen[].contactpersonen": (
        "The contact person or persons of the organisation; one block per person."
    ),
    "partijen[].contactpersonen[].naam": "Name of the contact person.",
    "partijen[].contactpersonen[].email": "E-mail address of the contact person.",
    "partijen[].contactpersonen[].telefoon": "Telephone number of the contact person.",
    "beschrijving": "Description of the experiment (part 1 of the form).",
    "beschrijving.doelstelling": (
        "Describe which societal problem the initiative for cross-domain cooperation and "
        "funding addresses. To what extent does the solution you have in mind pursue the "
        "central goal? And which other or underlying societal effects are pursued?"
    ),
    "beschrijving.doelgroep": (
        "Describe the primary target group(s) of the initiative in terms of (frail) "
        "residents and/or their relatives (and carers). Think of the laws (Jeugdwet, Wmo, "
        "Zvw and Wlz) and/or sectors (VG, ggz, care for the elderly) the target group is in "
        "and the kind of problems they experience."
    ),
    "beschrijving.gebied": (
        "Which geographic area is the experiment aimed at? Think of the neighbourhood, "
        "village, district or town."
    ),
    "beschrijving.aantal_inwoners": (
        "How many (frail) residents do you intend to help (approximately) with the "
        "experiment? A whole number."
    ),
    "beschrijving.ontwikkeling": (
        "If you expect that number to change during the term of the experiment, can you "
        "describe the expected development?"
    ),
    "beschrijving.aansluitende_initiatieven": (
        "Are there other initiatives this experiment connects with?"
    ),
    "beschrijving.werkwijze": (
        "In this paragraph we ask you to describe the (intended) approach of the experiment."
    ),
    "beschrijving.werkwijze.beschrijving": (
        "Description of the approach: how do you tackle the experiment and which activities "
        "will you carry out?"
    ),
    "beschrijving.werkwijze.themas": (
        "Explain the approach to solving this problem. Above all, say how it differs from "
        "the current approach. What is really different about the chosen way of working, "
        "provision, et cetera? One block per theme."
    ),
    "beschrijving.werkwijze.themas[].thema": "Name of the theme.",
    "beschrijving.werkwijze.themas[].huidig": (
        "What is the current way of working / approach to the problem?"
    ),
    "beschrijving.werkwijze.themas[].experiment": (
        "What is the approach in the experiment, and how does it differ from the current "
        "way of working / approach?"
    ),
    "beschrijving.hypothesen": (
        "Which hypotheses lie behind the approach of the experiment (suppositions or "
        "assumptions you start from), and why (on what basis) will your approach contribute "
        "in practice to the goals you formulated earlier?"
    ),
    "beschrijving.noodzaak_uitkering": (
        "Why could you not apply the approach you describe in current practice? In other "
        "words, why is a grant for cross-domain cooperation needed?"
    ),
    "beschrijving.monitoring": (
        "To monitor the central goal of the experiment (delaying or preventing Wlz care), "
        "data must be collected through a monitor. Taking part in this monitor is "
        "mandatory; the Vrije Universiteit Amsterdam (VU) runs it."
    ),
    "beschrijving.monitoring.deelname": (
        "Do you take part in the mandatory monitor of the VU? Taking part is mandatory."
    ),
    "beschrijving.monitoring.toelichting": "Explanation of the monitoring.",
    "beschrijving.samenwerking": (
        "Describe what the cooperation looks like and what it rests on, including the "
        "division of roles: describe what each party involved (municipality, zorgkantoor, "
        "health insurer, care provider, welfare and volunteer organisation, et cetera) "
        "does. Whether a party has committed to the cooperation is entered per party under "
        "'toegezegd'."
    ),
    "beschrijving.borging": (
        "Describe how the cooperation between the stakeholders, and the agreements that "
        "follow from it, are secured. Think of agreements on content, finances and "
        "operations."
    ),
    "beschrijving.vervolg": (
        "How do you see the follow-up of the experiment and its funding after the initial "
        "term of the experiment (if the evaluation shows favourable results)?"
    ),
    "kosten": (
        "Costs and benefits (part 2 of the form). Give a short explanation per cost post "
        "and who carries out the activities. Try to avoid overlap between initial and "
        "execution costs. Costs of regular operations or long-running obligations such as "
        "software licences are not costs of the experiment."
    ),
    "kosten.initieel": (
        "Enter below the initial project costs needed to set up the experiment; one block "
        "per cost post. No initial project costs? Then write 'initieel: []' and remove the "
        "block below it."
    ),
    **_posts("kosten.initieel"),
    "kosten.uitvoering": (
        "Enter below the execution costs needed for the experiment; one block per cost "
        "post. Think of: training/refresher courses/peer review, costs of the project "
        "leader/coordinator, extra arrangeurs, extra effort of others such as volunteers, "
        "extra Wmo costs (such as household help), extra Zvw costs (such as district "
        "nursing), other costs (please specify)."
    ),
    **_posts("kosten.uitvoering"),
    "financiering": (
        "Which costs are financed by whom: the partners' contributions and the grant applied for."
    ),
    "financiering.bijdragen": "Contributions of partners (co-financing); one block per partner.",
    "financiering.bijdragen[].partij": "Partner who contributes, as named under the parties.",
    "financiering.bijdragen[].bedrag": "Contribution, in euros.",
    "financiering.uitkering": "Specific grant applied for (SPUK DOS), in euros.",
    "financiering.aantal_clienten": (
        "Number of clients you intend to include (variant centraal persoon)."
    ),
    "financiering.totaal": ("Total financing, as you enter it in the form; spukdos recomputes it."),
    "baten": (
        "Below are the expected benefits of the experiment with a description "
        "(explanation). Explain the underlying assumptions, with a source where possible."
    ),
    "baten.uitstel_mpt_vpt": "Saving from delaying Wlz care in the form of MPT or VPT: A × B × C.",
    **_delay(
        "baten.uitstel_mpt_vpt",
        "delaying Wlz care (MPT, VPT)",
        (
            "(A) Expected delay of Wlz care (MPT, VPT), in days.",
            "(B) Number of residents with delayed Wlz care (residents for whom a delay is "
            "expected).",
            "(C) Average cost of MPT or VPT care in the Wlz per day per resident, in euros.",
        ),
    ),
    "baten.uitstel_intramuraal": (
        "Saving from delaying Wlz care in the form of admission to an intramural setting: "
        "A × B × C."
    ),
    **_delay(
        "baten.uitstel_intramuraal",
        "delaying admission to an intramural setting",
        (
            "(A) Expected delay of admission to a nursing home, in days.",
            "(B) Number of residents with delayed admission to an intramural setting "
            "(residents for whom a delay is expected).",
            "(C) Average cost of care in an intramural setting, per day per resident, in euros.",
        ),
    ),
    "baten.overige": (
        "Other savings, for example in the Wmo or the Zvw; one block per saving. No other "
        "savings? Then write 'overige: []' and remove the block below it."
    ),
    "baten.overige[].omschrijving": "Description of the saving.",
    "baten.overige[].domein": "Which domain does the saving fall in?",
    "baten.overige[].bedrag": "Expected saving, in euros.",
    "baten.overige[].toelichting": (
        "Substantiation of the saving, with a source where possible. Only 'schatting' "
        "(estimate) is no substantiation."
    ),
    "baten.kwalitatief": (
        "Which qualitative benefits do you expect from the experiment? Think of: living at "
        "home longer, a better quality of life for the resident, effects for relatives, "
        "effects for professionals (job satisfaction, absenteeism, et cetera). One block per "
        "benefit."
    ),
    "baten.kwalitatief[].baat": "Societal and other benefits (qualitative).",
    "baten.kwalitatief[].onderbouwing": "Description (and substantiation).",
    "opgave": (
        "Expected financial effect of the businesscase: the totals as you enter them in the "
        "form. spukdos computes them itself and compares what you enter to the cent; leave "
        "them empty if you do not state them."
    ),
    "opgave.initiele_kosten": "Initial project costs, in euros.",
    "opgave.uitvoeringskosten": "Execution costs, in euros.",
    "opgave.totaal_kosten": "Total costs, in euros.",
    "opgave.overige_besparingen": "Other savings, in euros.",
    "opgave.totaal_baten": "Total benefits, in euros.",
    "opgave.saldo": (
        "Total financial effect of the experiment (benefits − costs), in euros; +/+ or -/- "
        "may come first."
    ),
    "scenarios": (
        "Not a question of the form: scenarios for 'spukdos analyse'. What does the "
        "businesscase look like if assumptions turn out worse or better? One block per "
        "scenario; 'spukdos analyse' computes each scenario and puts the verdicts side by "
        "side."
    ),
    "scenarios[].naam": "Name of the scenario.",
    "scenarios[].toelichting": "Why these values?",
    "scenarios[].wijzigingen": (
        "Which inputs get another value in this scenario? One line each: the path of the "
        "input and its new value: A, B or C of a delay saving, the amount of an other saving "
        "or of a cost post (the first post has number 0)."
    ),
    # -- issue 15: the target group and the care office's advice --
    "beschrijving.nog_geen_wlz_zorg": (
        "Is the experiment for residents who do not yet receive Wlz care? That is a condition "
        "of the grant: the experiment must delay or prevent Wlz care."
    ),
    "advies_zorgkantoor": (
        "Advice of the regional care office. Not a question of the businesscase format, but "
        "DUS-I asks for it with every application (the advice is part of the application "
        "form). The advice must show that the experiment contributes to reducing the costs "
        "in the Wlz and that the total costs (across the domains) are not higher than the "
        "benefits. Fill in what the care office advises; if you only send the advice "
        "separately, leave this section empty."
    ),
    "advies_zorgkantoor.zorgkantoor": (
        "Which care office gave the advice? Write its name as under the parties."
    ),
    "advies_zorgkantoor.adviseur": "Who at the care office wrote the advice?",
    "advies_zorgkantoor.datum": "On which date was the advice given?",
    "advies_zorgkantoor.vermindert_wlz_kosten": (
        "Does the advice conclude that the experiment contributes to reducing the costs in the Wlz?"
    ),
    "advies_zorgkantoor.kosten_niet_hoger_dan_baten": (
        "Does the advice conclude that the total costs (across the domains) are not higher "
        "than the benefits?"
    ),
    "advies_zorgkantoor.tekst": (
        "The text of the advice (or its conclusion, with a reference to the full advice)."
    ),
}
"""Key -> the form's question in English."""

HEADINGS_EN: dict[str, str] = {
    "Algemeen": "General",
    "1. Samenwerkende partijen": "1. Cooperating parties",
    "2. Looptijd van het experiment": "2. Term of the experiment",
    "3. Doelstelling van het experiment": "3. Objective of the experiment",
    "4. Doelgroep en context": "4. Target group and context",
    "5. Werkwijze": "5. Approach",
    "6. Monitoring": "6. Monitoring",
    "7. Samenwerking": "7. Cooperation",
    "8. Borging": "8. Securing the agreements",
    "9. Initiële projectkosten": "9. Initial project costs",
    "10. Uitvoeringskosten": "10. Execution costs",
    "11. Financiering": "11. Financing",
    "12. Financiële baten": "12. Financial benefits",
    "13. Verwacht financieel effect": "13. Expected financial effect",
    "14. Kwalitatieve baten": "14. Qualitative benefits",
    "Uw eigen totalen (bij 9 tot en met 13)": "Your own totals (for 9 to 13)",
    "Scenario's (voor spukdos analyse)": "Scenarios (for spukdos analyse)",
    "Advies van het zorgkantoor (bij de aanvraag)": (
        "Advice of the care office (with the application)"
    ),
}
"""A Dutch heading of the starter file -> the English one."""
