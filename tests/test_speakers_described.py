"""Who a description, an age or a title stands for (issue 11, thirty-fifth pass): a role set
off after a speaker's age is theirs, "l'ancienne professeure" may be today's "présidente", an
age noun must fit the age the text gave, a verbless sentence is about the one person it names,
a title the text gives one person only is theirs from the first line, and a clause or an
aside after a source is not its name. Each case is a pattern of the language, written for this
file; the guards say what must not change."""

from __future__ import annotations

from claimcheck.models import SourceType
from claimcheck.nlp.loading import ModelCache
from test_attribution_models import analyse, claim_about, models, source_of, speaker_about

__all__ = ["models"]  # the module-scoped model cache, shared with this module's tests


def test_a_role_after_the_speakers_age_is_theirs(models: ModelCache) -> None:
    """ "…, tranche Odile Marchal, 71 ans, présidente de l'association …": the role after the
    age was lost, and "La présidente de l'association" after it was nobody."""
    text = (
        "« C'est un gâchis », tranche Odile Marchal, 71 ans, présidente de l'association des "
        "riverains du Vieux-Port. La présidente de l'association affirme que la mairie « n'a "
        "consulté personne »."
    )
    claims = analyse(models, "fr", text)
    first = source_of(claim_about(claims, "gâchis"))
    assert first.role is not None and first.role.startswith("présidente de l'association")
    assert source_of(claim_about(claims, "consulté personne")).name == "Odile Marchal"


def test_a_former_trade_fits_a_present_role(models: ModelCache) -> None:
    """ "l'ancienne professeure" was no one, because the text gave the speaker another role
    ("présidente de l'association"); a former trade is not a present one."""
    fr = (
        "« Ce bocage doit rester intact », tranche Bernadette Lagrange, présidente de "
        "l'association Bretagne vivante. Selon l'ancienne professeure de biologie, les haies "
        "abritent des chouettes chevêches."
    )
    en = (
        '"These hedges must stay," said Ruth Calder, the chairwoman of the Save the Marsh '
        "coalition. According to the retired biology teacher, the hedges shelter little owls."
    )
    assert speaker_about(models, "fr", fr, "chouettes") == "Bernadette Lagrange"
    assert speaker_about(models, "en", en, "little owls") == "Ruth Calder"


def test_how_a_speaker_spoke_is_not_their_name(models: ModelCache) -> None:
    """ "commence le prévenu, la voix tremblante": the manner was read as an apposition and
    made the name "prévenu, la voix tremblante"; the defendant is the man the trial story
    named a few sentences before, past sentences that name nobody."""
    text = (
        "Luc Perrin, 52 ans, comparaissait mardi pour abus de confiance.\n\n"
        "Pendant dix ans, Luc Perrin a géré les fonds des parents d'élèves. Il aurait détourné "
        "40 000 euros, selon l'enquête. « Je regrette tout », commence le prévenu, la voix "
        "tremblante."
    )
    claim = claim_about(analyse(models, "fr", text), "Je regrette")
    assert source_of(claim).text == "le prévenu"
    assert source_of(claim).name == "Luc Perrin"


def test_a_pronoun_after_an_age_noun_goes_back_to_who_it_describes(models: ModelCache) -> None:
    """ "Le quinquagénaire fixe le sol. Il l'assure : …": the age noun was no person, so "Il"
    found only the woman named before it, and nobody."""
    text = (
        "Marc Jolivet, 54 ans, comparaissait mardi. « J'ai eu tort », commence le prévenu. La "
        "présidente du tribunal, Anne Guillou, relit le rapport. Le quinquagénaire fixe le sol."
        "\n\nIl l'assure : l'argent devait être « rendu »."
    )
    assert speaker_about(models, "fr", text, "rendu") == "Marc Jolivet"


def test_an_age_noun_fits_the_age_the_text_gave(models: ModelCache) -> None:
    """ "lâche la sexagénaire" went to the 38-year-old director who spoke before, not to the
    61-year-old neighbour the text had just named."""
    text = (
        "« Ce spectacle parle de nous », dit Inès Moulin, 38 ans. Pour la pièce, elle a recruté "
        "des habitantes du quartier. L'une d'elles, Martine Caron, 61 ans, monte sur scène pour "
        "la première fois. « Au début, je ne voulais pas », lâche la sexagénaire."
    )
    assert speaker_about(models, "fr", text, "je ne voulais pas") == "Martine Caron"


def test_a_clause_after_the_source_of_according_to_is_no_content(models: ModelCache) -> None:
    """ "Selon un conseiller de la majorité, qui a requis l'anonymat, plusieurs élus …":
    the parse hung the rest of the sentence on "anonymat", and nothing was reported. The
    clause says how the source spoke; the source keeps its own words, and its type."""
    fr = (
        "Selon un conseiller de la majorité, qui a requis l'anonymat, plusieurs élus du groupe "
        "du maire auraient hésité jusqu'au dernier moment."
    )
    en = (
        "According to two people familiar with the talks, who spoke on condition of anonymity, "
        "the deal could be signed next week."
    )
    relayed = (
        "Selon l'agence Reuters, qui cite un responsable du port, le cargo aurait quitté la "
        "zone sans autorisation."
    )
    voted = source_of(claim_about(analyse(models, "fr", fr), "plusieurs élus"))
    assert (voted.text, voted.type) == ("un conseiller de la majorité", SourceType.ANONYMOUS)
    deal = source_of(claim_about(analyse(models, "en", en), "the deal could be signed"))
    assert deal.text == "two people familiar with the talks"
    agency = source_of(claim_about(analyse(models, "fr", relayed), "le cargo"))
    assert agency.type is SourceType.MEDIA


def test_a_long_role_opens_a_view(models: ModelCache) -> None:
    """ "Pour la porte-parole du collectif citoyen Vivre à Morlaix ensemble, « … »": too long
    an opening for a view, and the words went to nobody; only a role may run that long."""
    text = (
        "Pour la porte-parole du collectif citoyen Vivre à Morlaix ensemble, « raser la halle, "
        "c'est effacer la mémoire du quartier »."
    )
    claim = claim_about(analyse(models, "fr", text), "effacer la mémoire")
    assert source_of(claim).text.startswith("la porte-parole")


def test_unions_are_not_the_management_cited_before(models: ModelCache) -> None:
    """ "Les syndicats dénoncent …" after "La direction a confirmé …" was the management: a
    plural noun for bodies names several, not the one cited last."""
    fr = (
        "La direction de l'usine a confirmé lundi la suppression de 80 postes. Les syndicats "
        "dénoncent un plan « injustifiable »."
    )
    en = (
        "The management of the plant confirmed on Monday that 80 jobs would go. The unions "
        'said the plan was "unjustifiable."'
    )
    assert speaker_about(models, "fr", fr, "injustifiable") == "syndicats"
    assert speaker_about(models, "en", en, "unjustifiable") == "unions"


def test_a_sentence_with_no_verb_is_about_the_person_it_names(models: ModelCache) -> None:
    """ "Une décision qui fait bondir Paul Girard, délégué CGT." brings in who speaks next:
    "le syndicaliste" is him (a union official, whatever his office), not the mayor who was
    the subject of the sentence before."""
    text = (
        "Le maire, Marc Lenoir, a défendu le projet devant le conseil. Une décision qui fait "
        "bondir Paul Girard, délégué CGT du site. « C'est une honte », lâche le syndicaliste."
    )
    assert speaker_about(models, "fr", text, "une honte") == "Paul Girard"


def test_a_qualified_description_fits_the_role_the_text_gave(models: ModelCache) -> None:
    """ "the former executive" was nobody, once another name stood between: "the former
    president" is no president the text named, but here the text called the man "a former
    hedge fund executive"."""
    text = (
        "Grant Mercer, a former hedge fund executive making his first run for office, spent "
        "Sunday in the suburbs. At a bakery, he told reporters that Ellen Baird's tour was a "
        'stunt.\n\n"She has had twelve years to fix the roads," the former executive said.'
    )
    assert speaker_about(models, "en", text, "twelve years") == "Grant Mercer"


def test_who_asks_is_not_who_answers(models: ModelCache) -> None:
    """ "Asked by Diaz whether …, she said …": "she" went to the councilwoman who asked."""
    text = (
        "City Attorney Laura Chen told the council the ordinance was sound. Asked by "
        "Councilwoman Nora Diaz whether landlords could sue, she said such a suit would most "
        "likely fail."
    )
    assert speaker_about(models, "en", text, "most likely fail") == "Laura Chen"


def test_a_title_given_once_names_the_opening_description(models: ModelCache) -> None:
    """ "the chief executive said" in a standfirst, before anyone is named, is the one person
    the text later calls its chief executive; guard: a description after a name looks back,
    not forward."""
    lede = (
        "Brightline lowered its outlook on Thursday, and the chief executive said weak demand "
        'could last all year.\n\n"People are still buying, just less," Julia Brandt, '
        "Brightline's chief executive, told analysts."
    )
    later = (
        "Donald Trump spoke in Ohio on Monday. Then the candidate said the judge was biased.\n\n"
        "Meg Whitman, a former candidate for governor, endorsed Mrs. Clinton."
    )
    assert speaker_about(models, "en", lede, "weak demand") == "Julia Brandt"
    assert speaker_about(models, "en", later, "the judge was biased") != "Meg Whitman"


def test_a_cooperative_and_a_coast_guard_are_bodies(models: ModelCache) -> None:
    """ "La coopérative Terra Lacta" was a person titled "coopérative"; a coast guard and a
    country's diplomacy were of no known type."""
    coop = "La coopérative Terra Lacta a annoncé une baisse de 40 euros des prix payés."
    guard = "La garde côtière norvégienne a indiqué que le navire avait été intercepté."
    diplomacy = "La diplomatie russe a exigé « la libération immédiate » de l'équipage."
    assert source_of(analyse(models, "fr", coop)[0]).type is SourceType.ORGANIZATION
    assert source_of(analyse(models, "fr", guard)[0]).type is SourceType.GOVERNMENT
    assert source_of(analyse(models, "fr", diplomacy)[0]).type is SourceType.GOVERNMENT


def test_agreeing_after_a_closed_quotation_is_not_saying_it(models: ModelCache) -> None:
    """ "… : « … indigne. » Sa capitaine, Léa Morin, a abondé dans son sens.": the coach's
    words went to the captain who agreed with them."""
    text = (
        "L'entraîneur Olivier Brun a haussé le ton : « On a joué une mi-temps, puis plus rien. "
        "C'est indigne. » Sa capitaine, Léa Morin, a abondé dans son sens."
    )
    assert speaker_about(models, "fr", text, "plus rien") == "Olivier Brun"


def test_a_nationality_with_an_age_is_the_woman_just_named(models: ModelCache) -> None:
    """ "sourit la Bretonne de 26 ans" was a government: a regional demonym, and the age after
    it, describe the runner the sentence before named."""
    text = (
        "La coureuse Lou Bernard a pris la tête au dixième kilomètre. « Dans la dernière côte, "
        "j'ai tout donné », sourit la Bretonne de 26 ans."
    )
    claim = claim_about(analyse(models, "fr", text), "tout donné")
    assert (source_of(claim).name, source_of(claim).type) == ("Lou Bernard", SourceType.PERSON)


def test_a_synonym_of_the_title_names_its_holder(models: ModelCache) -> None:
    """ "The lawyer" after "defense attorney Dana Whitfield", "le magistrat" after "le
    procureur …, Yves Kerjean": the press's other word for the title."""
    en = (
        "In her closing argument, defense attorney Dana Whitfield faced the jury. Whitfield "
        "told jurors that her client had followed every rule. The lawyer said the fire was "
        "caused by faulty wiring."
    )
    fr = (
        "Le procureur de la République de Quimper, Yves Kerjean, a indiqué que le conducteur "
        "avait été placé en garde à vue. Le magistrat a requis l'ouverture d'une enquête pour "
        "homicide involontaire."
    )
    assert speaker_about(models, "en", en, "faulty wiring") == "Dana Whitfield"
    assert speaker_about(models, "fr", fr, "homicide involontaire") == "Yves Kerjean"
