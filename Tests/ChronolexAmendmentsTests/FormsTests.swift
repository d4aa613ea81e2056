import ChronolexAmendments
import ChronolexModel
import Testing

/// One row of the field guide's table of instruction forms (section 4), with the edit expected.
struct FormCase: Sendable, CustomTestStringConvertible {
    var text: String
    var kind: OperationKind
    /// Canonical target; `nil` = the whole act.
    var target: String?
    var through: String? = nil
    var words: String? = nil
    var newWords: String? = nil
    var newUnit: String? = nil
    var position: Place? = nil
    var every = false
    var times: Int? = nil
    var blocks: Int? = nil
    var renumberedAs: String? = nil
    var language: String? = nil
    var reestablishes = false
    /// `table`: the change is to the table the target holds.
    var part: String? = nil

    var testDescription: String { String(text.prefix(90)) }
}

let frenchForms: [FormCase] = [
    // Words replaced (mots, mot, chiffre, date, phrases … par la phrase).
    FormCase(text: "Dans l'article 5 du même arrêté, les mots « A » sont remplacés par les mots « B ».",
             kind: .replace, target: "art. 5", words: "A", newWords: "B"),
    FormCase(text: "Dans l'article 5, alinéa 2, du même arrêté, le mot « trente » est remplacé par le mot « quarante ».",
             kind: .replace, target: "art. 5, al. 2", words: "trente", newWords: "quarante"),
    FormCase(text: "Dans l'article 5, § 1er, alinéa 3, du même arrêté, le chiffre « 60 » est remplacé par le chiffre « 40 ».",
             kind: .replace, target: "art. 5, § 1, al. 3", words: "60", newWords: "40"),
    FormCase(text: "Dans l'article 7 du même arrêté, la date « 1er janvier 2020 » est remplacée par la date « 1er janvier 2021 ».",
             kind: .replace, target: "art. 7", words: "1er janvier 2020", newWords: "1er janvier 2021"),
    FormCase(text: "Dans l'article 34, § 1er, alinéa 1er, du même arrêté, les phrases « X. Y. » sont remplacées par la phrase « Z. ».",
             kind: .replace, target: "art. 34, § 1, al. 1", words: "X. Y.", newWords: "Z."),
    // Every occurrence, in a unit or in the whole act.
    FormCase(text: "Dans l'article 15 du même arrêté, les mots « 75 pour cent » sont chaque fois remplacés par les mots « 80 pour cent ».",
             kind: .replace, target: "art. 15", words: "75 pour cent", newWords: "80 pour cent", every: true),
    FormCase(text: "Dans le même arrêté, le mot « Conseil » est chaque fois remplacé par le mot « Comité ».",
             kind: .replace, target: nil, words: "Conseil", newWords: "Comité", every: true),
    // A definition, by the term it defines (quoted «…», "…" or ``…'').
    FormCase(text: "A l'article 1er de la même loi, la définition de « professionnel des soins de santé » est remplacée par ce qui suit :\n\n« professionnel des soins de santé : le responsable du traitement; »",
             kind: .replace, target: "art. 1, définition « professionnel des soins de santé »", blocks: 1),
    FormCase(text: "A l'article 1er de la même loi, la définition de ``responsable du traitement'' est abrogée.",
             kind: .repeal, target: "art. 1, définition « responsable du traitement »"),
    // A unit by its number once an earlier point renumbered it ("ancien, devenant").
    FormCase(text: "Dans l'article 5, alinéa 2 ancien, devenant l'alinéa 3, du même arrêté, le mot « A » est remplacé par le mot « B ».",
             kind: .replace, target: "art. 5, al. 3", words: "A", newWords: "B"),
    // The unit inside the article before the act ("A l'article 41bis, au point 5, du même décret").
    FormCase(text: "A l'article 41bis, au point 5, du même décret, les mots « Conseil de perfectionnement » sont remplacés par les mots « Conseil général ».",
             kind: .replace, target: "art. 41bis, 5°", words: "Conseil de perfectionnement", newWords: "Conseil général"),
    FormCase(text: "A l'article 5, à l'alinéa 2, du même arrêté, le mot « A » est remplacé par le mot « B ».",
             kind: .replace, target: "art. 5, al. 2", words: "A", newWords: "B"),
    // A division number with its Latin suffix written apart ("section 1er bis").
    FormCase(text: "Dans le chapitre III, section 1er bis de la même loi, insérée par la loi du 19 décembre 2021, il est inséré un article 15septies rédigé comme suit :\n\n« Art. 15septies. L'Agence rend un avis. »",
             kind: .insert, target: "chapitre III, section 1bis", newUnit: "article 15septies", position: .byNumber, blocks: 1),
    // A history clause without its acts.
    FormCase(text: "A l'article 5 de l'arrêté royal du 1er février 2018 fixant les procédures, tel qu'il a été modifié à ce jour, le mot « A » est remplacé par le mot « B ».",
             kind: .replace, target: "art. 5", words: "A", newWords: "B"),
    // A title with "entre" among its words (not "entre en vigueur", not "entre les mots").
    FormCase(text: "L'intitulé de l'arrêté royal du 29 avril 2013 relatif à la relation de travail entre un agent et son cocontractant, est remplacé par ce qui suit :\n\n« Arrêté royal relatif aux agents »",
             kind: .replace, target: "intitulé", blocks: 1),
    // A count of occurrences ("deux fois"): every one, and there must be that many.
    FormCase(text: "Dans l'article 114, § 4, alinéa 1er, du même arrêté, le montant de « 22,54 euros » est remplacé deux fois par le montant de « 22,83 euros ».",
             kind: .replace, target: "art. 114, § 4, al. 1", words: "22,54 euros", newWords: "22,83 euros", every: true, times: 2),
    // Words inserted between / after / before.
    FormCase(text: "Dans l'article 26 du même arrêté, les mots « et au département » sont insérés entre les mots « au centre » et les mots « en cas de désaccord ».",
             kind: .insert, target: "art. 26", newWords: "et au département", position: .between("au centre", "en cas de désaccord")),
    FormCase(text: "Dans l'article 10, alinéa 1er, du même arrêté, les mots « ou par voie électronique » sont insérés après les mots « par envoi recommandé ».",
             kind: .insert, target: "art. 10, al. 1", newWords: "ou par voie électronique", position: .after("par envoi recommandé")),
    FormCase(text: "Dans l'article 13 du même arrêté, le mot « intégralement » est inséré avant le mot « récupérées ».",
             kind: .insert, target: "art. 13", newWords: "intégralement", position: .before("récupérées")),
    // Completed by words.
    FormCase(text: "Dans l'article 51, § 1er, alinéa 1er, du même arrêté, la deuxième phrase est complétée par les mots « sur la suspension d'urgence ».",
             kind: .insert, target: "art. 51, § 1, al. 1, phrase 2", newWords: "sur la suspension d'urgence", position: .end),
    FormCase(text: "Dans l'article 23, § 1er, alinéa 2, du même arrêté, le 12° est complété par les mots « pour le développement sain ».",
             kind: .insert, target: "art. 23, § 1, al. 2, 12°", newWords: "pour le développement sain", position: .end),
    // Words and sentences deleted.
    FormCase(text: "Dans l'article 17 du même arrêté, les mots « et un rapport financier » sont abrogés.",
             kind: .repeal, target: "art. 17", words: "et un rapport financier"),
    FormCase(text: "Dans l'article 17 du même arrêté, les mots « et un rapport financier » sont supprimés.",
             kind: .repeal, target: "art. 17", words: "et un rapport financier"),
    FormCase(text: "Dans l'article 9, alinéa 2, du même arrêté, la phrase « A défaut d'avis, l'avis est réputé favorable. » est abrogée.",
             kind: .repeal, target: "art. 9, al. 2", words: "A défaut d'avis, l'avis est réputé favorable."),
    // Units repealed.
    FormCase(text: "Dans l'article 3 du même arrêté, l'alinéa 2 est abrogé.", kind: .repeal, target: "art. 3, al. 2"),
    FormCase(text: "Dans l'article 4, § 1er, alinéa 2, du même arrêté, le 1° est abrogé.", kind: .repeal, target: "art. 4, § 1, al. 2, 1°"),
    FormCase(text: "Dans l'article 8 du même arrêté, le § 3 est abrogé.", kind: .repeal, target: "art. 8, § 3"),
    FormCase(text: "L'article 20 du même arrêté est abrogé.", kind: .repeal, target: "art. 20"),
    FormCase(text: "Les articles 5 à 9 du même arrêté sont abrogés.", kind: .repeal, target: "art. 5", through: "art. 9"),
    // Units replaced.
    FormCase(text: "Dans l'article 160, § 2, du même arrêté, l'alinéa 1er est remplacé par ce qui suit :\n\n« Peuvent être subsidiés les frais. »",
             kind: .replace, target: "art. 160, § 2, al. 1", blocks: 1),
    FormCase(text: "Dans l'article 19 du même arrêté, le § 2 est remplacé par ce qui suit :\n\n« § 2. Par dérogation au § 1er, ceci.\n\nPour ce faire, cela. »",
             kind: .replace, target: "art. 19, § 2", blocks: 2),
    FormCase(text: "L'article 35 du même arrêté est remplacé par ce qui suit :\n\n« Art. 35. L'agréation est octroyée. »",
             kind: .replace, target: "art. 35", blocks: 1),
    FormCase(text: "Dans l'article 3, § 1er, alinéa 1er, du même arrêté, le 4° est remplacé par ce qui suit :\n\n« 4° être ouverte; »",
             kind: .replace, target: "art. 3, § 1, al. 1, 4°", blocks: 1),
    FormCase(text: "Dans l'article 51, § 1er, du même arrêté, les alinéas 3 et 4 sont remplacés par ce qui suit :\n\n« Premier alinéa.\n\nDeuxième alinéa. »",
             kind: .replace, target: "art. 51, § 1, al. 3", through: "art. 51, § 1, al. 4", blocks: 2),
    // New article, point, alinéa, division.
    FormCase(text: "Dans la section 2.1 du même arrêté, il est inséré un article 155.1 rédigé comme suit :\n\n« Art. 155.1 - Les centres proposent.\n\nDeuxième alinéa. »",
             kind: .insert, target: "section 2.1", newUnit: "article 155.1", position: .byNumber, blocks: 2),
    FormCase(text: "Dans le même arrêté, il est inséré un article 58.2 rédigé comme suit :\n\n« Art. 58.2 - Les accueillants restent agréés. »",
             kind: .insert, target: nil, newUnit: "article 58.2", position: .byNumber, blocks: 1),
    FormCase(text: "Dans l'article 1er du même arrêté, il est inséré un 8.1° rédigé comme suit :\n\n« 8.1° co-accueillants : une association; ».",
             kind: .insert, target: "art. 1", newUnit: "8.1°", position: .byNumber, blocks: 1),
    FormCase(text: "Dans l'article 160, § 4, alinéa 2, du même arrêté, il est inséré un 2.1° rédigé comme suit :\n\n« 2.1° pour deux des professionnels; »",
             kind: .insert, target: "art. 160, § 4, al. 2", newUnit: "2.1°", position: .byNumber, blocks: 1),
    FormCase(text: "Dans l'article 32 du même arrêté, il est inséré entre les alinéas 2 et 3, qui devient l'alinéa 4, un alinéa rédigé comme suit :\n\n« Par dérogation à l'alinéa 2, ceci. »",
             kind: .insert, target: "art. 32", newUnit: "alinéa", position: .betweenUnits("al. 2", "al. 3"), blocks: 1),
    FormCase(text: "Dans le titre 4, chapitre 1er, du même arrêté, il est inséré une section 2.1, comportant l'article 155.1, intitulée comme suit :\n\n« Section 2.1 - Accompagnement ».",
             kind: .insert, target: "titre 4, chapitre 1", newUnit: "section 2.1", position: .byNumber, blocks: 1),
    // 2019200301: "comportant" without the comma before it.
    FormCase(text: "Dans le chapitre II du même arrêté, il est inséré une section 4bis comportant les articles 50ter/1 à 50ter/7, rédigée comme suit :\n\n« Section 4bis - Dispense de cotisations ».",
             kind: .insert, target: "chapitre II", newUnit: "section 4bis", position: .byNumber, blocks: 1),
    // Completed by a unit ("avec" for "par": 2023040119, art. 13).
    FormCase(text: "L'article 18 du même arrêté est complété avec un alinéa rédigé comme suit :\n\n« Les informations sont mentionnées. »",
             kind: .insert, target: "art. 18", newUnit: "alinéa", position: .end, blocks: 1),
    FormCase(text: "L'article 137 du même arrêté est complété par un alinéa rédigé comme suit :\n\n« Le service liquide une indemnité. »",
             kind: .insert, target: "art. 137", newUnit: "alinéa", position: .end, blocks: 1),
    FormCase(text: "Dans l'article 29.2 du même arrêté, le § 1er est complété par un alinéa rédigé comme suit :\n\n« Par dérogation, ceci. »",
             kind: .insert, target: "art. 29.2, § 1", newUnit: "alinéa", position: .end, blocks: 1),
    FormCase(text: "L'article 14 du même arrêté est complété par un § 3 rédigé comme suit :\n\n« § 3. La subvention est majorée. »",
             kind: .insert, target: "art. 14", newUnit: "§ 3", position: .end, blocks: 1),
    FormCase(text: "Dans l'article 160, § 4, alinéa 1er, du même arrêté, l'alinéa est complété par un 11° rédigé comme suit :\n\n« 11° 2 équivalents temps plein. »",
             kind: .insert, target: "art. 160, § 4, al. 1", newUnit: "11°", position: .end, blocks: 1),
    // Restructured.
    FormCase(text: "Dans l'article 50.1 du même arrêté, l'alinéa 1er devient le § 1er, alinéa 1er.",
             kind: .renumber, target: "art. 50.1, al. 1", renumberedAs: "§ 1, al. 1"),
    FormCase(text: "Dans l'article 50.1 du même arrêté, l'alinéa 5 devient le § 2, alinéa 1er.",
             kind: .renumber, target: "art. 50.1, al. 5", renumberedAs: "§ 2, al. 1"),
    // Re-established.
    FormCase(text: "L'article 6 du même arrêté, abrogé par l'arrêté du Gouvernement du 4 avril 2019, est rétabli dans la rédaction suivante :\n\n« Art. 6. La bibliothèque participe. »",
             kind: .insert, target: "art. 6", position: .byNumber, blocks: 1, reestablishes: true),
    // Titles and headings.
    FormCase(text: "L'intitulé du même arrêté est remplacé par ce qui suit :\n\n« Arrêté du Gouvernement relatif aux bibliothèques publiques et au prêt numérique ».",
             kind: .replace, target: "intitulé", blocks: 1),
    FormCase(text: "L'intitulé du chapitre 3 du même arrêté est remplacé par ce qui suit :\n\n« Subventions ».",
             kind: .replace, target: "chapitre 3, intitulé", blocks: 1),
    // Punctuation.
    FormCase(text: "Dans l'article 2, 12°, du même arrêté, le point en fin de phrase est remplacé par un point-virgule.",
             kind: .replace, target: "art. 2, 12°", words: ".", newWords: ";", position: .end),
    // Other language versions.
    FormCase(text: "(concerne le texte allemand)", kind: .noop, target: nil, language: "allemand"),
    FormCase(text: "(concerne uniquement le texte néerlandais)", kind: .noop, target: nil, language: "néerlandais"),
    // A table, its rows printed without quotation marks after the instruction (2024200691), or quoted.
    FormCase(text: "Dans l'article 4 du même décret, le tableau est remplacé par le tableau suivant :\n\n_Table:_\n\n| Dépenses  | 601 121 |\n| --- | --- |\n| Total | 842 152 |",
             kind: .replace, target: "art. 4", blocks: 3, part: "table"),
    FormCase(text: "Dans l'article 4, § 2, du même décret, le tableau est remplacé par ce qui suit :\n\n« | Dépenses | 601 121 |\n| --- | --- |\n| Total | 842 152 | »",
             kind: .replace, target: "art. 4, § 2", blocks: 3, part: "table"),
    // A row of a table, by its words (2023200531, 2020040393).
    FormCase(text: "Dans l'annexe I du même arrêté, la ligne ayant trait au code 170201 est abrogée.",
             kind: .repeal, target: "annexe I", part: "row"),
    FormCase(text: "Au tableau de l'article 1er du même arrêté, la ligne qui commence par « comité n° 18 » et termine par « la Monnaie royale » est abrogée.",
             kind: .repeal, target: "art. 1", part: "row"),
    // An entry of the list of implants: a prestation at the end of its point, a condition
    // where its number places it (2022040037).
    FormCase(text: "Au chapitre « A. Ophtalmologie » de la Liste, jointe comme annexe 1re à l'arrêté royal du 25 juin 2014 fixant les procédures, le point « A.3.2 Traitement pour glaucome » est complété par la prestation suivante : « 181974-181985 Ensemble des micro-stents »",
             kind: .insert, target: "annexe 1, chapitre A, A.3.2", newUnit: "prestation 181974-181985", position: .end, blocks: 1),
    FormCase(text: "Au chapitre « A. Ophtalmologie » de l'annexe 1re du même arrêté, la condition de remboursement A- § 05 est insérée, et est rédigée comme suit : « A- § 05 Prestations liées »",
             kind: .insert, target: "annexe 1, chapitre A", newUnit: "condition de remboursement A- § 05", position: .byNumber, blocks: 1),
    // The cell where a row and a column meet, its words replaced whole (2023200531).
    FormCase(text: "Dans l'annexe I du même arrêté, dans la colonne « Mode d'utilisation », dans la ligne ayant trait au code 170302A, la disposition est remplacée par la disposition suivante : « En construction routière ».",
             kind: .replace, target: "annexe I", newWords: "En construction routière", part: "cell"),
    // A run of units from words to words (2020040068, art. 1, 2°).
    FormCase(text: "Dans l'annexe du même arrêté, l'énumération commençant par les mots « 140 jusqu'au 149 » et se terminant par le mot « chemotherapy » est remplacée par l'énumération suivante : « - C00-C14 : neoplasms »",
             kind: .replace, target: "annexe", blocks: 1, part: "span"),
    // An alinéa after a table named by its title (2023200531, art. 8, 6°, b)).
    FormCase(text: "Dans l'annexe 2 du même arrêté, dans la section 2, après le tableau relatif au titre « Test », l'alinéa suivant est inséré, libellé comme suit : « Texte. »",
             kind: .insert, target: "annexe 2, section 2", newUnit: "alinéa", position: .afterTable("Test"), blocks: 1),
    // A table's columns completed by values, a new row (2021030322).
    FormCase(text: "Dans l'article 18, § 3, du même arrêté, dans le tableau repris au point 1, b, la colonne de l'année au cours de laquelle le contrat de prêt est conclu, est complétée par « 2020 ».",
             kind: .insert, target: "art. 18, § 3, 1°, b)", part: "columns"),
    FormCase(text: "Dans l'article 18, § 3, du même arrêté, dans le tableau, les colonnes de l'année et du taux sont respectivement complétées par « 2020 » et « 10,20 ».",
             kind: .insert, target: "art. 18, § 3", part: "columns"),
    // Annex.
    FormCase(text: "Le 6° de l'annexe du même arrêté est complété par les mots « pour le développement sain ».",
             kind: .insert, target: "annexe, 6°", newWords: "pour le développement sain", position: .end),
    // A new article between two whose numbers do not follow by their digits, in a division
    // (look 28: « must name two units »); the place before the verb too.
    FormCase(text: "Dans le chapitre 2 du même arrêté, il est inséré entre les articles 5bis et 6 un article 5ter rédigé comme suit :\n\n« Art. 5ter. Le ministre publie le registre. »",
             kind: .insert, target: "chapitre 2", newUnit: "article 5ter", position: .betweenUnits("art. 5bis", "art. 6"), blocks: 1),
    FormCase(text: "Dans le chapitre 2 du même arrêté, il est inséré entre l'article 5bis et l'article 6 un article 5ter rédigé comme suit :\n\n« Art. 5ter. Le ministre publie le registre. »",
             kind: .insert, target: "chapitre 2", newUnit: "article 5ter", position: .betweenUnits("art. 5bis", "art. 6"), blocks: 1),
    FormCase(text: "Entre les articles 5bis et 6 du même arrêté, il est inséré un article 5ter rédigé comme suit :\n\n« Art. 5ter. Le ministre publie le registre. »",
             kind: .insert, target: nil, newUnit: "article 5ter", position: .betweenUnits("art. 5bis", "art. 6"), blocks: 1),
    // A division before an article; a section after the article that ends a section.
    FormCase(text: "Dans le même arrêté, avant l'article 5, il est inséré un chapitre 1/1 intitulé « Recours ».",
             kind: .insert, target: nil, newUnit: "chapitre 1/1", position: .beforeUnit("art. 5"), blocks: 1),
    FormCase(text: "Dans le même arrêté, après l'article 6, il est inséré une section 3 intitulée « Recours ».",
             kind: .insert, target: nil, newUnit: "section 3", position: .afterUnit("art. 6"), blocks: 1),
]

let dutchForms: [FormCase] = [
    FormCase(text: "In artikel 5 worden de woorden « A » vervangen door de woorden « B ».", kind: .replace, target: "art. 5", words: "A", newWords: "B"),
    FormCase(text: "In artikel 5 wordt het woord « A » telkens vervangen door het woord « B ».", kind: .replace, target: "art. 5", words: "A", newWords: "B", every: true),
    FormCase(text: "In artikel 5 worden de woorden « B » ingevoegd tussen de woorden « A » en de woorden « C ».",
             kind: .insert, target: "art. 5", newWords: "B", position: .between("A", "C")),
    FormCase(text: "Artikel 5 wordt vervangen als volgt:\n\n« Art. 5. Nieuwe tekst. »", kind: .replace, target: "art. 5", blocks: 1),
    FormCase(text: "Artikel 5 wordt vervangen door wat volgt:\n\n« Art. 5. Nieuwe tekst. »", kind: .replace, target: "art. 5", blocks: 1),
    FormCase(text: "Artikel 5 wordt opgeheven.", kind: .repeal, target: "art. 5"),
    FormCase(text: "In artikel 5 wordt het tweede lid opgeheven.", kind: .repeal, target: "art. 5, al. 2"),
    FormCase(text: "In artikel 5 wordt een artikel 5/1 ingevoegd, luidende:\n\n« Art. 5/1. Nieuwe tekst. »",
             kind: .insert, target: "art. 5", newUnit: "article 5/1", position: .byNumber, blocks: 1),
    FormCase(text: "Artikel 5 wordt aangevuld met een lid, luidende:\n\n« Nieuw lid. »", kind: .insert, target: "art. 5", newUnit: "alinéa", position: .end, blocks: 1),
    FormCase(text: "In artikel 4 wordt de tabel vervangen door de volgende tabel:\n\n_Table:_\n\n| Uitgaven | 601 121 |\n| --- | --- |\n| Totaal | 842 152 |",
             kind: .replace, target: "art. 4", blocks: 3, part: "table"),
    FormCase(text: "(betreft de Duitse tekst)", kind: .noop, target: nil, language: "allemand"),
    // Look 23: the new words before the participle, « Aan … wordt … toegevoegd », « de bepalingen onder ».
    FormCase(text: "In artikel 5 wordt het woord « A » door het woord « B » vervangen.", kind: .replace, target: "art. 5", words: "A", newWords: "B"),
    FormCase(text: "Aan artikel 5 wordt een lid toegevoegd, luidende:\n\n« Nieuw lid. »", kind: .insert, target: "art. 5", newUnit: "alinéa", position: .end, blocks: 1),
    FormCase(text: "In artikel 5 worden de bepalingen onder 2° en 3° opgeheven.", kind: .repeal, target: "art. 5, 2°", through: "art. 5, 3°"),
    // Look 28's forms left: a new article between two, in a chapter; a chapter before an article.
    FormCase(text: "In hoofdstuk 2 wordt tussen de artikelen 2 en 3 een artikel 2/1 ingevoegd, luidende:\n\n« Art. 2/1. Nieuwe tekst. »",
             kind: .insert, target: "chapitre 2", newUnit: "article 2/1", position: .betweenUnits("art. 2", "art. 3"), blocks: 1),
    FormCase(text: "In hoofdstuk 2 wordt tussen artikel 2 en artikel 3 een artikel 2/1 ingevoegd, luidende:\n\n« Art. 2/1. Nieuwe tekst. »",
             kind: .insert, target: "chapitre 2", newUnit: "article 2/1", position: .betweenUnits("art. 2", "art. 3"), blocks: 1),
    FormCase(text: "In hoofdstuk II wordt tussen de artikelen 2/1 en 3 een artikel 2/2 ingevoegd, luidende:\n\n« Art. 2/2. Nieuwe tekst. »",
             kind: .insert, target: "chapitre II", newUnit: "article 2/2", position: .betweenUnits("art. 2/1", "art. 3"), blocks: 1),
    FormCase(text: "In het besluit van de Regering van 12 maart 2015 betreffende de openbare bibliotheken wordt vóór artikel 5 een hoofdstuk 1/1 ingevoegd, luidende:\n\n« Hoofdstuk 1/1. - Beroep »",
             kind: .insert, target: nil, newUnit: "chapitre 1/1", position: .beforeUnit("art. 5"), blocks: 1),
    FormCase(text: "Na artikel 5 wordt een artikel 5/1 ingevoegd, luidende:\n\n« Art. 5/1. Nieuwe tekst. »",
             kind: .insert, target: nil, newUnit: "article 5/1", position: .afterUnit("art. 5"), blocks: 1),
]

@Suite("Instruction forms (field guide, section 4)")
struct FormsTests {
    static func check(_ c: FormCase, dutch: Bool = false) {
        let result = dutch ? dutchEdits(c.text) : edits(c.text)
        #expect(result.diagnostics.filter { $0.severity == .error }.isEmpty, "\(result.diagnostics)")
        #expect(result.edits.count == 1)
        guard let edit = result.edits.first else { return }
        #expect(edit.error == nil)
        #expect(edit.kind == c.kind)
        #expect(edit.targetAddress == c.target)
        #expect(edit.target.throughAddress == c.through)
        #expect(edit.words == c.words)
        #expect(edit.newWords == c.newWords)
        #expect(edit.newUnit == c.newUnit)
        #expect(edit.place == c.position)
        #expect(edit.every == c.every)
        #expect(edit.change?.words?.times == c.times)
        if let blocks = c.blocks { #expect(edit.newText.count == blocks) }
        #expect(edit.renumberedAs == c.renumberedAs)
        #expect(edit.language == c.language)
        #expect(edit.reestablishes == c.reestablishes)
        #expect(edit.change?.part == c.part)
        #expect(edit.source.address == "art. 1")
    }

    @Test(arguments: frenchForms)
    func frenchForm(_ c: FormCase) { Self.check(c) }

    @Test(arguments: dutchForms)
    func dutchForm(_ c: FormCase) { Self.check(c, dutch: true) }

    @Test("the new text keeps its blocks: alinéas, § headings, points, article headings")
    func newTextBlocks() throws {
        let result = edits("Dans l'article 29.2 du même arrêté, le § 1er est complété par un alinéa rédigé comme suit :\n\n« Par dérogation, ceci :\n\n1. les places;\n\n2. les accueillants. »")
        let edit = try #require(result.edits.first)
        #expect(edit.newText == ["Par dérogation, ceci :", "1° les places;", "2° les accueillants."] || edit.newText == ["Par dérogation, ceci :", "1. les places;", "2. les accueillants."])
    }

    @Test("several operations in one sentence give one edit each, same source")
    func twoOperationsInOneSentence() {
        let result = edits("Dans l'article 160, § 4, alinéa 1er, du même arrêté, au 10°, les mots « et un technicien » sont insérés entre le mot « concierge » et les mots « pour les lieux » et le point en fin de phrase est remplacé par un point-virgule.")
        #expect(result.edits.count == 2)
        #expect(result.edits.map(\.kind) == [.insert, .replace])
        #expect(result.edits.allSatisfy { $0.targetAddress == "art. 160, § 4, al. 1, 10°" && $0.source.address == "art. 1" })
        #expect(result.edits.first?.place == .between("concierge", "pour les lieux"))
        #expect(result.edits.last?.newWords == ";")
    }

    @Test("\"dont le texte actuel formera le § 1er\": renumber, then insert")
    func wrapAndComplete() {
        let result = edits("L'article 10 du même arrêté, modifié par l'arrêté du Gouvernement du 9 novembre 2017, dont le texte actuel formera le § 1er, est complété par un § 2 rédigé comme suit :\n\n« § 2. Le refus est motivé. »")
        #expect(result.edits.map(\.kind) == [.renumber, .insert])
        #expect(result.edits.first?.renumberedAs == "§ 1")
        #expect(result.edits.last?.newUnit == "§ 2")
        #expect(result.edits.last?.history == ["modifié par l'arrêté du Gouvernement du 9 novembre 2017"])
    }

    @Test("a lead-in gives its target to its sub-instructions, which add to it")
    func leadInInheritance() {
        let result = edits("""
        A l'article 160 du même arrêté, les modifications suivantes sont apportées :

        1° dans le § 2, l'alinéa 1er est abrogé;

        2° au § 4, alinéa 1er, les modifications suivantes sont apportées :

           a) le 1° est abrogé;

           b) dans le 5°, le mot « A » est remplacé par le mot « B ».
        """)
        #expect(result.edits.map(\.source.address) == ["art. 1, 1°", "art. 1, 2°, a)", "art. 1, 2°, b)"])
        #expect(result.edits.map(\.targetAddress) == ["art. 160, § 2, al. 1", "art. 160, § 4, al. 1, 1°", "art. 160, § 4, al. 1, 5°"])
    }

    @Test("history clauses are metadata, not edits")
    func historyClauses() throws {
        let result = edits("Dans l'article 6 du même arrêté, modifié par les arrêtés du Gouvernement des 3 septembre 2015, 19 avril 2018 et 15 juillet 2021, le mot « A » est remplacé par le mot « B ».")
        let edit = try #require(result.edits.first)
        #expect(result.edits.count == 1)
        #expect(edit.history == ["modifié par les arrêtés du Gouvernement des 3 septembre 2015, 19 avril 2018 et 15 juillet 2021"])
    }
}

/// Issue 12: places are typed references, never strings read back.
@Suite("Typed places")
struct TypedPlaceTests {
    /// "après l'alinéa 1er du § 2": the new alinéa goes into § 2, after its alinéa 1.
    @Test func anAlineaAfterAnAlineaOfAParagraph() throws {
        let result = edits("Dans l'article 5 du même arrêté, il est inséré après l'alinéa 1er du § 2 un alinéa rédigé comme suit :\n\n« Nouvel alinéa. »")
        let edit = try #require(result.edits.first)
        #expect(edit.error == nil)
        guard case .insertUnits(let unit, _, let position)? = edit.change else {
            Issue.record("not an insertion: \(String(describing: edit.change))")
            return
        }
        #expect(unit.kind == .alinea)
        #expect(edit.target == UnitReference([.article("5"), .paragraph("2")]))
        #expect(position == .after(UnitReference([.article("5"), .paragraph("2"), .alinea(1)])))
    }

    /// A Dutch act cites its acts in Dutch: "van het besluit van de Regering van …".
    @Test func aDutchCitation() throws {
        let result = dutchEdits("In artikel 5 van het besluit van de Regering van 12 maart 2015 betreffende de openbare bibliotheken worden de woorden « A » vervangen door de woorden « B ».")
        let edit = try #require(result.edits.first)
        #expect(edit.error == nil, "\(result.diagnostics)")
        #expect(edit.targetAct?.kind == .arreteDuGouvernement)
        #expect(edit.targetAct?.date == LegalDate(year: 2015, month: 3, day: 12))
        #expect(edit.change == .replaceWords(QuotedWords("A", noun: "woorden"), by: "B", every: false))
    }
}
