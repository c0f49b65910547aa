"""News pages that print one quote, for the claims index and ``trace`` tests and the README
session: the same words in several outlets, one with a changed number, one with another
speaker, in English and in French."""

from __future__ import annotations

from dataclasses import dataclass

from httpserver import HTTPTestServer

PAGE = """<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="utf-8">
  <title>{title} | {site}</title>
  <meta property="og:title" content="{title}">
  <meta property="og:site_name" content="{site}">
  {date}
</head>
<body>
  <main>
    <article>
      <h1>{title}</h1>
      <div class="story-body">
        <p>{lead}</p>
        <p>{quote}</p>
        <p>{tail}</p>
      </div>
    </article>
  </main>
</body>
</html>
"""


@dataclass(frozen=True)
class Outlet:
    role: str  # original, faithful, altered (a number changed), other_speaker
    path: str
    site: str
    published: str | None
    title: str
    lead: str
    quote: str
    tail: str


EN_QUOTE = "This bill will cut pollution in our rivers by 40 percent within ten years"
EN_ALTERED = "This bill will cut pollution in our rivers by 60 percent within ten years"
EN = (
    Outlet(
        "original",
        "/gazette/clean-rivers",
        "The Riverside Gazette",
        "2024-03-14",
        "Senate passes the Clean Rivers Act after a late-night vote",
        "The state Senate approved the Clean Rivers Act by 21 votes to 17 shortly before "
        "midnight on Thursday, after a session of more than nine hours.",
        f"“{EN_QUOTE},” said Senator Alice Moreno, who sponsored the measure.",
        "The bill now goes to the governor, who has not said whether she will sign it.",
    ),
    Outlet(
        "faithful",
        "/valley/senate-water",
        "Valley Post",
        "2024-03-15",
        "Clean Rivers Act clears the Senate",
        "Farmers in the valley fear that the new water rules will raise their costs next year.",
        f"Senator Alice Moreno defended the text in the chamber. “{EN_QUOTE},” she said.",
        "The Farmers Union has asked for a meeting with the governor before she signs.",
    ),
    Outlet(
        "altered",
        "/coast/rivers-bill",
        "Coast Herald",
        "2024-03-16",
        "What the Clean Rivers Act means for the coast",
        "Fishing crews on the coast have long complained about the state of the estuary.",
        f"“{EN_ALTERED},” said Senator Alice Moreno on Thursday.",
        "The harbour authority said it would study the text before taking a position.",
    ),
    Outlet(
        "other_speaker",
        "/metro/water-vote",
        "Metro Daily",
        "2024-03-18",
        "City hall welcomes the water vote",
        "The vote in the state capital was followed closely at city hall this week.",
        f"“{EN_QUOTE},” said Mayor Thomas Baker at a press conference.",
        "The city will publish its own plan for the river banks in the spring.",
    ),
)

FR_QUOTE = "Ce projet de loi réduira de 40 % la pollution de nos rivières en dix ans"
FR_ALTERED = "Ce projet de loi réduira de 60 % la pollution de nos rivières en dix ans"
FR = (
    Outlet(
        "original",
        "/fr/courrier/rivieres",
        "Le Courrier du Val",
        "2024-05-02",
        "Le Sénat adopte la loi sur les rivières",
        "Le Sénat a adopté jeudi soir la loi sur la qualité des rivières, par 180 voix "
        "contre 120, après neuf heures de débats.",
        f"« {FR_QUOTE} », a déclaré la sénatrice Claire Dubois, rapporteuse du texte.",
        "Le texte doit maintenant être examiné par l'Assemblée nationale.",
    ),
    Outlet(
        "altered",
        "/fr/echo/loi-eau",
        "L'Écho des Berges",
        "2024-05-03",
        "Loi sur l'eau : les agriculteurs inquiets",
        "Les agriculteurs de la vallée craignent une hausse de leurs coûts dès l'an prochain.",
        f"« {FR_ALTERED} », a assuré la sénatrice Claire Dubois devant la presse.",
        "La chambre d'agriculture demande une étude d'impact avant l'entrée en vigueur.",
    ),
    Outlet(
        "other_speaker",
        "/fr/matin/vote",
        "Le Matin de la Rive",
        "2024-05-04",
        "La mairie salue le vote du Sénat",
        "Le vote du Sénat a été suivi de près à la mairie cette semaine.",
        f"« {FR_QUOTE} », a déclaré le maire Paul Lefèvre lors d'une conférence de presse.",
        "La ville présentera son propre plan pour les berges au printemps.",
    ),
    Outlet(
        "faithful",
        "/fr/journal/rivieres",
        "Le Journal des Rives",
        None,
        "Rivières : ce que change la loi",
        "Les associations de pêcheurs réclamaient ce texte depuis des années.",
        f"« {FR_QUOTE} », a expliqué la sénatrice Claire Dubois.",
        "Les premières mesures entreront en vigueur l'an prochain.",
    ),
)


def page(outlet: Outlet, lang: str) -> str:
    date = ""
    if outlet.published:
        stamp = f"{outlet.published}T09:00:00Z"
        date = f'<meta property="article:published_time" content="{stamp}">'
    return PAGE.format(
        lang=lang,
        site=outlet.site,
        title=outlet.title,
        date=date,
        lead=outlet.lead,
        quote=outlet.quote,
        tail=outlet.tail,
    )


def serve(server: HTTPTestServer, outlets: tuple[Outlet, ...], lang: str) -> dict[str, str]:
    """Serve the pages; their URLs by site name."""
    return {o.site: server.route(o.path, page(o, lang)) for o in outlets}
