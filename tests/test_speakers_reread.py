"""Who speaks, read again on new articles (issue 11, forty-fifth pass): words the tagger misreads
("dit", "résume", "Autumns"), places and bodies the recogniser runs into names, relays set
between a verb and its clause, interviews set inside a portrait. Each case is a pattern of the
language, written for this file; the guards say what must not change."""

from __future__ import annotations

from pathlib import Path

from claimcheck.models import ClaimKind, SourceType
from claimcheck.nlp.loading import ModelCache
from test_attribution_models import (
    analyse,
    attributed,
    claim_about,
    models,
    source_of,
    unattributed,
)
from test_press_readings import _report, _via

__all__ = ["models"]  # the module-scoped model cache, shared with this module's tests


# -- what was said ---------------------------------------------------------------------------


def test_an_infinitive_past_a_participle_clause_is_not_what_was_demanded(
    models: ModelCache,
) -> None:
    """ "demanded changes …, leaving leaders 48 hours to avert a shutdown": the infinitive is
    the participle's; the senators demanded the changes, not the averting."""
    text = (
        "The deal collapsed after a group of senators demanded changes to the border bill, "
        "leaving party leaders less than two days to avert a shutdown."
    )
    claims = attributed(analyse(models, "en", text))
    assert [c.content.text for c in claims] == ["changes to the border bill"]


def test_the_place_of_speaking_is_no_topic(models: ModelCache) -> None:
    """ "Kersey, speaking on the Senate floor, rejected …" made "the Senate floor" something
    Kersey spoke of."""
    text = (
        "The objections came from six Republicans led by Sen. Dale Kersey of Oklahoma, who has "
        "said he will not support any short-term measure.\n\n"
        "Kersey, speaking on the Senate floor later in the afternoon, rejected the suggestion "
        "that his group was acting in bad faith."
    )
    contents = [c.content.text for c in attributed(analyse(models, "en", text))]
    assert "the Senate floor" not in contents
    assert "the suggestion that his group was acting in bad faith" in contents


def test_a_phone_call_to_someone_is_no_claim(models: ModelCache) -> None:
    """ "a appelé la fille de la victime pour lui témoigner son soutien" telephoned her; the
    object of "appeler" is whom it was said to, not what."""
    text = (
        "Le maire, Paul Ferrand, s'est rendu sur place et a appelé la sœur de la victime "
        "pour lui présenter ses condoléances."
    )
    assert attributed(analyse(models, "fr", text)) == []


def test_guard_a_call_to_someone_to_do_something_stays_a_claim(models: ModelCache) -> None:
    """Guard: "a appelé les syndicats « au calme »" asks something of them."""
    text = "Le préfet a appelé les manifestants « au calme » dimanche soir."
    claim = claim_about(analyse(models, "fr", text), "au calme")
    assert source_of(claim).name == "préfet"


def test_dismissing_someone_is_no_claim(models: ModelCache) -> None:
    """ "is understood to have dismissed him" fired him; "dismissed the claims" would report."""
    text = "His employer, a courier firm, is understood to have dismissed him after the arrest."
    assert attributed(analyse(models, "en", text)) == []


def test_guard_dismissing_someone_as_something_is_a_claim(models: ModelCache) -> None:
    """Guard: "dismissed O'Donnell as “a disgruntled former employee”" says something of him."""
    text = "Mr. Hale dismissed his former aide as “a disgruntled former employee.”"
    claim = claim_about(analyse(models, "en", text), "disgruntled")
    assert source_of(claim).name == "Hale"


def test_an_incise_s_apposition_is_not_more_of_the_content(models: ModelCache) -> None:
    """ "…, explique la climatologue Hélène Vidal, chercheuse dans un laboratoire
    montpelliérain." ran the content over the incise to the end of the sentence."""
    text = (
        "Une mer plus chaude nourrit les orages, explique la climatologue Hélène Vidal, "
        "chercheuse dans un laboratoire montpelliérain."
    )
    claim = claim_about(analyse(models, "fr", text), "orages")
    assert claim.content.text == "Une mer plus chaude nourrit les orages"


def test_a_quoted_object_past_where_it_was_said(models: ModelCache) -> None:
    """ "a de son côté dénoncé sur les réseaux sociaux un « abandon de la ruralité »": the
    quoted object comes after where it was said, which the parse hung elsewhere."""
    text = (
        "Le député de la circonscription, Gilles Faucheux, a de son côté dénoncé sur les "
        "réseaux sociaux un « abandon de la ruralité » et réclamé la visite du ministre."
    )
    claim = claim_about(analyse(models, "fr", text), "abandon")
    assert (claim.content.text, source_of(claim).name) == (
        "un « abandon de la ruralité »",
        "Gilles Faucheux",
    )


def test_a_said_that_is_also_a_participle_keeps_its_subject(models: ModelCache) -> None:
    """ "Maud Servant, elle, dit ne pas y penser": the tagger read "dit" as the participle of
    "le quartier dit sensible", though "elle" is its subject."""
    text = (
        "Selon son éditeur, le livre s'est vendu à 30 000 exemplaires. Maud Servant, elle, dit "
        "ne pas y penser."
    )
    claim = claim_about(analyse(models, "fr", text), "ne pas y penser")
    assert source_of(claim).name == "Maud Servant"


def test_guard_a_so_called_participle_says_nothing(models: ModelCache) -> None:
    """Guard: "le quartier dit sensible" names the quarter; nobody said anything."""
    text = "Le quartier dit sensible est resté calme toute la nuit."
    assert attributed(analyse(models, "fr", text)) == []


# -- who said it -----------------------------------------------------------------------------


def test_a_resident_who_asks_for_anonymity_is_the_subject(models: ModelCache) -> None:
    """ "Un habitant qui souhaite rester anonyme affirme que …", parsed with "affirme" inside
    the relative clause, left "qui" as an unnamed speaker."""
    text = "Un riverain qui souhaite rester anonyme affirme que « personne n'a rien fait »."
    source = source_of(claim_about(analyse(models, "fr", text), "personne"))
    assert (source.name, source.type) == (
        "riverain qui souhaite rester anonyme",
        SourceType.ANONYMOUS,
    )


def test_a_participle_opening_the_sentence_is_no_role(tmp_path: Path) -> None:
    """ "Sentencing, Recorder Alison Tremaine said …": what the judge was doing, parsed as the
    subject with her name its apposition, became her role; "Recorder" is her title, and so
    is a British police rank."""
    text = (
        "Sentencing, Recorder Alison Tremaine said the offence had been aggravated by the "
        "use of a weapon.\n\n"
        "Speaking afterwards, Detective Constable Mark Rudd said road rage was never minor."
    )
    report = _report(tmp_path, text)
    assert sorted((s.name, s.role) for s in report.sources) == [
        ("Alison Tremaine", "Recorder"),
        ("Mark Rudd", "Detective Constable"),
    ]


def test_the_company_is_the_one_business_the_text_is_about(models: ModelCache) -> None:
    """ "Shares of Hollins Brands fell … The Cincinnati-based company reported …", and "the
    company" paragraphs later, after its officers spoke: the one company written about."""
    text = (
        "Shares of Hollins Brands fell 9% on Wednesday.\n\n"
        "The Cincinnati-based company reported net income of $312 million.\n\n"
        "“We delivered record margins,” Chief Executive Margaret Oyelaran said.\n\n"
        "Chief Financial Officer Paul Devereaux told analysts that freight costs had risen. "
        "He said prices would not rise.\n\n"
        "The company also said it would close a distribution center in Lyon."
    )
    claims = analyse(models, "en", text)
    assert source_of(claim_about(claims, "net income")).name == "Hollins Brands"
    assert source_of(claim_about(claims, "distribution center")).name == "Hollins Brands"


def test_a_role_stops_before_what_the_person_does(tmp_path: Path) -> None:
    """ "Daniel Reyes, an analyst at Brookfield Securities who rates the stock a hold": the
    relative clause is what he does, not his role."""
    text = (
        "“It is a structural problem,” said Daniel Reyes, an analyst at Brookfield Securities "
        "who rates the stock a hold."
    )
    report = _report(tmp_path, text)
    assert [s.role for s in report.sources] == ["an analyst at Brookfield Securities"]


def test_a_plural_noun_opening_a_sentence_is_nobody(models: ModelCache) -> None:
    """ "Autumns are for following up on letters — …, she notes — …": the recogniser called
    the season a person, and "she" there and after became it."""
    text = (
        "Ruth Almquist spends her winters in county archives.\n\n"
        "Winters are for old nursery catalogs, hunting for descriptions she can match against "
        "fruit in the field. Autumns are for following up on letters — still mostly paper "
        "letters, she notes — from people convinced that their tree is special.\n\n"
        "“People think this is about nostalgia,” she said later."
    )
    names = {source_of(c).name for c in attributed(analyse(models, "en", text))}
    assert "Autumns" not in names


def test_someone_s_lawyer_is_not_the_client(models: ModelCache) -> None:
    """ "citing a lawyer for Mr. Reshetar … The lawyer told AFP" gave the lawyer's words to
    his client: "lawyer" is no title of the name after "for Mr."."""
    text = (
        "Anton Reshetar was taken from his apartment.\n\n"
        "Agence France-Presse, citing a lawyer for Mr. Reshetar, reported that he was held in "
        "a detention center. The lawyer told AFP that his client would be charged."
    )
    claims = analyse(models, "en", text)
    assert source_of(claim_about(claims, "would be charged")).name != "Anton Reshetar"
    assert source_of(claim_about(claims, "detention center")).type is SourceType.MEDIA


def test_a_body_described_by_its_members_is_a_body(models: ModelCache) -> None:
    """ "The Ridgeport Education Association, which represents 1,400 teachers, said": the
    teachers of its relative clause are no role of it."""
    text = (
        "The Ridgeport Education Association, which represents about 1,400 teachers, said in "
        "a statement that no teacher would be laid off."
    )
    claim = claim_about(analyse(models, "en", text), "laid off")
    assert source_of(claim).type is SourceType.ORGANIZATION


def test_a_town_the_recogniser_calls_a_person_does_not_take_she(models: ModelCache) -> None:
    """ "that Ridgeport was spending money …" made the town a person, and the superintendent's
    "she said" next paragraph found nobody; the town names the board elsewhere."""
    text = (
        "The Ridgeport Board of Education voted to close two schools.\n\n"
        "Superintendent Dr. Angela Broussard told the board that Ridgeport was spending "
        "money on empty classrooms.\n\n"
        "“Nobody in this room wanted this,” she said."
    )
    claim = claim_about(analyse(models, "en", text), "Nobody in this room")
    assert (source_of(claim).name, source_of(claim).role) == ("Angela Broussard", "Superintendent")


def test_elle_is_not_a_plural_document(models: ModelCache) -> None:
    """ "Les analyses avaient révélé … « J'avais bu … », a-t-il répété": a plural text is no
    "il", and it does not say "j'avais bu"."""
    text = (
        "Les analyses avaient révélé un taux d'alcool élevé. « J'avais bu quelques verres », "
        "a-t-il répété d'une voix à peine audible."
    )
    claim = claim_about(analyse(models, "fr", text), "quelques verres")
    assert source_of(claim).type is SourceType.PERSON


def test_a_name_the_recogniser_ran_into_a_place(models: ModelCache) -> None:
    """ "la députée socialiste de la Gironde Élise Marchadier", one place to the recogniser:
    the name it found elsewhere in the text closes it."""
    text = (
        "« Les péages ont trop augmenté », a lancé la rapporteure, la députée socialiste de la "
        "Gironde Élise Marchadier.\n\n"
        "Un député a ensuite qualifié Élise Marchadier de « commissaire politique »."
    )
    claim = claim_about(analyse(models, "fr", text), "péages")
    assert source_of(claim).name == "Élise Marchadier"


def test_where_it_was_said_is_not_the_subject(models: ModelCache) -> None:
    """ "Dans un communiqué, la Fédération … dit « prendre acte »": the parse made the
    communiqué the subject, with the body its apposition."""
    text = (
        "Les concessionnaires ont réagi vendredi par la voix de leur fédération. Dans un "
        "communiqué, la Fédération des exploitants autoroutiers dit « prendre acte » d'un vote "
        "qui « fragilise la parole de l'État » et indique se réserver « toutes les voies de "
        "recours »."
    )
    claims = attributed(analyse(models, "fr", text))
    assert {source_of(c).name for c in claims} == {"Fédération des exploitants autoroutiers"}


def test_a_first_name_before_a_trade_speaks_the_quotation_after(models: ModelCache) -> None:
    """ "Nadia, cariste depuis dix-sept ans, touche 1 780 euros. « … »": the first name set
    off before a trade is a person, and the sentence is about her."""
    text = (
        "Sur le piquet de grève, la colère monte.\n\n"
        "Nadia, cariste depuis dix-sept ans, touche 1 780 euros net par mois. « Avec le "
        "loyer, il ne reste rien. Ce n'est pas une grève de confort. »"
    )
    claim = claim_about(analyse(models, "fr", text), "loyer")
    assert (claim.kind, source_of(claim).name) == (ClaimKind.DIRECT, "Nadia")


def test_elle_after_a_body_named_in_the_sentence_before(models: ModelCache) -> None:
    """ "Contactée, la direction n'a pas donné suite. Dans un communiqué, elle fait valoir
    que …": no woman named, the body the sentence before is about speaks."""
    text = (
        "Contactée, la direction n'a pas donné suite à nos sollicitations. Dans un communiqué, "
        "elle fait valoir que les salaires ont augmenté de 11 % en trois ans."
    )
    claim = claim_about(analyse(models, "fr", text), "salaires")
    assert source_of(claim).name == "direction"


def test_a_pronoun_speaker_leaves_its_aside_out(models: ModelCache) -> None:
    """ "Elle, plus discrète sur la forme, a demandé …" named the source "Elle, plus
    discrète sur la forme", as if the aside were a name."""
    text = "Elle, plus discrète sur la forme, a demandé que le directeur la reçoive."
    claim = claim_about(analyse(models, "fr", text), "directeur")
    assert source_of(claim).text == "Elle"


def test_an_incise_inside_the_quotation_with_a_verb_of_manner(models: ModelCache) -> None:
    """ "« …, je l'ai mise au feeling, souriait Younès Belkacem. On n'a rien lâché. »": a
    verb of manner inside the marks, before a person's name, is the incise."""
    text = (
        "« Je ne l'ai pas vraiment vue arriver, je l'ai mise au feeling, souriait Malik "
        "Benali. On n'a rien lâché, et ce point, on le prend. »"
    )
    claim = claim_about(analyse(models, "fr", text), "feeling")
    assert (claim.kind, source_of(claim).name) == (ClaimKind.DIRECT, "Malik Benali")


def test_an_inverted_subject_with_its_relative_clause(models: ModelCache) -> None:
    """ "soupire une infirmière qui préfère garder l'anonymat": the relative clause on the
    inverted subject is no reason to drop it."""
    text = (
        "« On tient le service à bout de bras, soupire une infirmière qui préfère garder "
        "l'anonymat. Chaque été, on nous dit que c'est exceptionnel. »"
    )
    source = source_of(claim_about(analyse(models, "fr", text), "bout de bras"))
    assert (source.name, source.type) == ("infirmière", SourceType.ANONYMOUS)


def test_the_name_after_a_role_in_an_incise(models: ModelCache) -> None:
    """ "a déclaré son chef, le vice-ministre des Affaires étrangères Pavel Dorenko, devant le
    palais": the role and the name set off after "son chef" are who spoke."""
    text = (
        "« On ne négocie pas sous les bombes », a déclaré son chef, le vice-ministre des "
        "Affaires étrangères Pavel Dorenko, devant le palais des Nations."
    )
    claim = claim_about(analyse(models, "fr", text), "bombes")
    assert source_of(claim).name == "Pavel Dorenko"


def test_a_role_a_name_and_a_relative_clause_before_the_verb(models: ModelCache) -> None:
    """ "Son éditrice, Claire Jouannet, qui la suit depuis son premier roman, évoque une autrice
    « d'une exigence folle »": the parse hung the verb on the novel; the quotation after it is
    hers too."""
    text = (
        "Son éditrice, Claire Jouannet, qui la suit depuis son premier roman, évoque une autrice "
        "« d'une exigence folle ». « Elle a réécrit le dernier chapitre sept fois. » Elle rit."
    )
    claims = analyse(models, "fr", text)
    assert source_of(claim_about(claims, "exigence")).name == "Claire Jouannet"
    assert source_of(claim_about(claims, "sept fois")).name == "Claire Jouannet"


def test_a_verb_of_saying_read_as_a_name_before_a_colon(models: ModelCache) -> None:
    """ "Un enseignant, qui souhaite rester anonyme, résume : « … »", with "résume" a proper
    noun to the tagger, made "rester" the cue."""
    text = (
        "Un enseignant de l'école, qui souhaite rester anonyme, résume : « On se bat contre "
        "une tendance nationale. »"
    )
    claim = claim_about(analyse(models, "fr", text), "tendance")
    assert claim.cue is not None and claim.cue.text == "résume"


# -- relays and frames -----------------------------------------------------------------------


def test_a_text_of_law_is_nobody_s_report(tmp_path: Path) -> None:
    """ "The bill also says …" after senators spoke is the bill's, not a report the senators
    put out and the article relays."""
    text = (
        "A group of conservative senators demanded changes to the border bill.\n\n"
        "The measure passed the House on Tuesday. The bill also says that a pay rise for "
        "members of Congress would be delayed."
    )
    assert _via(_report(tmp_path, text), "pay rise") is None


def test_according_to_closes_the_clause_before_a_conjunction(models: ModelCache) -> None:
    """ "X, according to Oduya, and Y": the frame closes X; what the conjunction opens is
    another statement, here with words of someone else's."""
    text = (
        "Some growers regard heirloom collecting as a pleasant hobby, according to Samuel "
        "Oduya, and funding for the trust remains what Ruth Almquist calls “a bake-sale "
        "situation.”"
    )
    claim = claim_about(analyse(models, "en", text), "hobby")
    assert (claim.content.text, source_of(claim).name) == (
        "Some growers regard heirloom collecting as a pleasant hobby",
        "Samuel Oduya",
    )


def test_a_relay_between_the_verb_and_its_clause(tmp_path: Path) -> None:
    """ "Il a toutefois ajouté, selon l'agence ZNA, que …" gave the minister's words to the
    agency, whose frame took "Il a toutefois ajouté" for its content; the verb reports the
    clause, and the agency passed it on."""
    text = (
        "Le ministre des Affaires étrangères, Daoud Kerimov, a accusé ses voisins de chercher "
        "un prétexte. Il a toutefois ajouté, selon l'agence ZNA, que son pays restait "
        "« disposé à poursuivre le dialogue »."
    )
    report = _report(tmp_path, text)
    claim = next(c for c in report.claims if "disposé" in c.content.text)
    assert claim.source is not None and claim.source.name == "Daoud Kerimov"
    assert _via(report, "disposé") == "ZNA"


def test_according_to_after_the_cue_is_a_relay_in_english(tmp_path: Path) -> None:
    """The same in English: "The minister said, according to Reuters, that …"."""
    text = "The finance minister said, according to Reuters, that he would not resign."
    report = _report(tmp_path, text)
    assert _via(report, "would not resign") == "Reuters"


def test_a_sentence_after_a_closed_quotation_opens_on_an_elision(models: ModelCache) -> None:
    """ "… suive. » D'après lui, plusieurs commerces …": an elided capital after a
    quotation closed on its own full stop starts a sentence, whose frame is then found."""
    text = (
        "Le maire, Michel Roux, a demandé l'état de catastrophe naturelle. « Il faut que l'État "
        "suive. » D'après lui, plusieurs commerces ne rouvriront pas."
    )
    claim = claim_about(analyse(models, "fr", text), "commerces")
    assert source_of(claim).name == "Michel Roux"


def test_questions_set_inside_a_portrait_are_answered_by_its_subject(models: ModelCache) -> None:
    """A portrait that puts two questions to its writer far apart among its paragraphs
    ("Pourquoi avoir attendu si longtemps pour écrire sur votre famille ?"), too far for an
    interview's rhythm: the answers in the first person right after them are hers, and the
    portrait's own paragraphs between are nobody's."""
    text = (
        "À 52 ans, Maud Servant publie son cinquième roman. Maud Servant a grandi derrière "
        "le comptoir d'une boulangerie.\n\n"
        "Pourquoi avoir attendu si longtemps pour écrire sur votre famille ?\n\n"
        "Parce que j'avais peur de trahir. Mes parents étaient des gens discrets.\n\n"
        "Le roman s'est déjà vendu à 30 000 exemplaires.\n\n"
        "Paru fin août, il raconte la dernière année d'une boulangerie de quartier.\n\n"
        "Le père s'appelle Lucien, la mère Renée.\n\n"
        "Tout est vrai, ou presque.\n\n"
        "Qu'aimeriez-vous que les lecteurs retiennent ?\n\n"
        "Qu'il y avait de la beauté dans ces vies-là. Moi, je voulais montrer le travail."
    )
    claims = analyse(models, "fr", text)
    assert source_of(claim_about(claims, "peur de trahir")).name == "Maud Servant"
    assert source_of(claim_about(claims, "beauté")).name == "Maud Servant"
    assert "30 000" in " ".join(c.content.text for c in unattributed(claims))


# -- a second reading ------------------------------------------------------------------------


def test_a_place_in_a_speaker_s_description_is_not_their_name(models: ModelCache) -> None:
    """ "said one, a support engineer in Austin, Texas": the state where the engineer works
    named the speaker "Texas"."""
    text = (
        "Three former workers said they had been cut without warning.\n\n"
        "“I was halfway through a customer call and the screen went gray,” said one, a support "
        "engineer in Austin, Texas."
    )
    claim = claim_about(analyse(models, "en", text), "screen went gray")
    assert source_of(claim).name != "Texas"


def test_a_day_or_what_varies_is_no_source(models: ModelCache) -> None:
    """ "Pour jeudi, la SNCF annonce …, avec de fortes disparités selon les axes": neither the
    day nor the lines say anything; the company announces."""
    text = (
        "Pour jeudi, la SNCF annonce un TER sur trois en moyenne, avec de fortes disparités "
        "selon les axes."
    )
    claims = attributed(analyse(models, "fr", text))
    assert [source_of(c).name for c in claims] == ["SNCF"]


def test_a_participle_before_a_name_is_no_role_in_french(models: ModelCache) -> None:
    """ "Vêtue de noir, Nathalie Giraud a raconté : « … »": the parse made the participle the
    subject and the name its conjunct; the name speaks."""
    text = "Vêtue de noir, Nathalie Giraud a raconté : « Il m'a dit qu'il avait peur. »"
    source = source_of(claim_about(analyse(models, "fr", text), "peur"))
    assert (source.name, source.role) == ("Nathalie Giraud", None)


def test_a_party_after_a_role_is_no_name(models: ModelCache) -> None:
    """ "le candidat RN estime …" named the candidate "RN"; the party says which side the
    candidate is on, and the candidate is the one the sentence before is about."""
    text = (
        "Thierry Vasseur, lui, ne regrette rien. Joint par téléphone, le candidat RN estime "
        "avoir « fait entendre une autre voix »."
    )
    claim = claim_about(analyse(models, "fr", text), "autre voix")
    assert source_of(claim).name == "Thierry Vasseur"


def test_the_object_of_a_second_verb_is_no_inverted_subject(models: ModelCache) -> None:
    """ "Elle s'est interrompue, a demandé un verre d'eau, puis s'est tournée vers le box :
    « … »": the glass of water asked for became the speaker of what she said after it."""
    text = (
        "Nathalie Giraud a raconté la soirée. Elle s'est interrompue, a demandé un verre d'eau, "
        "puis s'est tournée vers le box : « Vingt ans d'amitié. Vingt ans. »"
    )
    claim = claim_about(analyse(models, "fr", text), "Vingt ans d'amitié")
    assert source_of(claim).name == "Nathalie Giraud"


def test_guard_an_incise_after_a_quotation_keeps_its_inverted_subject(
    models: ModelCache,
) -> None:
    """Guard: '"…," read the statement, which …' and "…, reported the Washington Examiner."
    are incises, whatever verb the parse joins them to."""
    text = (
        "“Her immigrant experience shone through in her speech,” read the statement, which was "
        "attributed to Miller.\n\n"
        "Cecile Richards noted that abortion is “central” to the platform for the first time, "
        "reported the Washington Examiner."
    )
    claims = analyse(models, "en", text)
    assert source_of(claim_about(claims, "shone through")).name == "statement"
    # the Examiner reports Richards's statement whole, which is a claim of its own too
    assert source_of(claim_about(claims, "Richards noted that")).name == "Washington Examiner"


def test_a_clause_after_the_outlet_is_no_apposition(models: ModelCache) -> None:
    """ "Selon Var-Matin, le feu serait parti du bord de la route, ce qui …" took the clause
    between the commas for the paper's role."""
    text = (
        "Le parquet a ouvert une enquête. Selon Var-Matin, le feu serait parti du bord de la "
        "route départementale 48, ce qui pourrait accréditer la piste d'un mégot."
    )
    claim = claim_about(analyse(models, "fr", text), "mégot")
    assert (source_of(claim).role, claim.content.text[:20]) == (None, "le feu serait parti ")


def test_a_so_called_participle_after_a_noun_says_nothing(models: ModelCache) -> None:
    """ "Certaines espèces dites « anéciques »": what the species are called, which the parse
    left hanging, is nobody's words."""
    text = (
        "Certaines espèces dites « anéciques », qui creusent des galeries verticales, ont "
        "disparu d'un quart des sites."
    )
    assert attributed(analyse(models, "fr", text)) == []
