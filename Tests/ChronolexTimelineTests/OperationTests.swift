import ChronolexAmendments
import ChronolexModel
import ChronolexReaders
import ChronolexTimeline
import Foundation
import Testing

/// Every operation of the instructions issue, applied to a small act written for it.
@Suite("Applying each operation")
struct OperationTests {
    static let base = baseAct("""
    **Article 1er.** Le présent arrêté s'applique aux essais. Il vise les essais publics.

    **Art. 2.** Pour l'application du présent arrêté, on entend par :

    1° essai : une épreuve;

    2° organisateur : la personne qui organise l'essai;

    3° ministre : le ministre compétent.

    **Art. 3.** § 1er. Le ministre agrée les essais dans les trente jours.

    Le ministre peut retirer l'agrément.

    § 2. La demande est introduite par écrit.

    **Art. 4.** Le département tient un registre.

    Le registre est public.

    Le registre est tenu à jour.

    **Art. 5.** Le présent arrêté entre en vigueur le 1er avril 2020.

    **Art. 6.** Siègent au comité :

    - le président;

    - le secrétaire.
    """)

    /// One amending act with `instructions` as its articles, in force on 2021-01-01.
    static func amending(_ instructions: String, date: String = "2020-06-01", published: String = "2020-06-10",
                         numac: String = "2020200100", entry: String = "Le présent arrêté entre en vigueur le 1er janvier 2021.") -> String {
        amendingAct(date: date, published: published, numac: numac, instructions + "\n\n**Art. 99.** " + entry + "\n")
    }

    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var instructions: String
        var article: String
        var expected: String
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "replace words", instructions: "**Art. 1er.** Dans l'article 3, § 1er, alinéa 1er, le mot « trente » est remplacé par le mot « quarante ».",
             article: "3", expected: "Art. 3. § 1er. Le ministre agrée les essais dans les quarante jours.\nLe ministre peut retirer l'agrément.\n§ 2. La demande est introduite par écrit.\n"),
        Case(name: "insert words between", instructions: "**Art. 1er.** Dans l'article 4, alinéa 1er, les mots « de la Culture » sont insérés entre le mot « département » et le mot « tient ».",
             article: "4", expected: "Art. 4. Le département de la Culture tient un registre.\nLe registre est public.\nLe registre est tenu à jour.\n"),
        Case(name: "insert words after", instructions: "**Art. 1er.** Dans l'article 4, alinéa 2, les mots « et gratuit » sont insérés après les mots « est public ».",
             article: "4", expected: "Art. 4. Le département tient un registre.\nLe registre est public et gratuit.\nLe registre est tenu à jour.\n"),
        Case(name: "insert words before", instructions: "**Art. 1er.** Dans l'article 4, alinéa 3, le mot « régulièrement » est inséré avant les mots « à jour ».",
             article: "4", expected: "Art. 4. Le département tient un registre.\nLe registre est public.\nLe registre est tenu régulièrement à jour.\n"),
        Case(name: "complete a sentence by words", instructions: "**Art. 1er.** Dans l'article 1er, la deuxième phrase est complétée par les mots « et privés ».",
             article: "1", expected: "Article 1er. Le présent arrêté s'applique aux essais. Il vise les essais publics et privés.\n"),
        Case(name: "complete the only sentence", instructions: "**Art. 1er.** Dans l'article 2, 1°, la phrase est complétée par les mots « ou un test ».",
             article: "2", expected: "Art. 2. Pour l'application du présent arrêté, on entend par :\n1° essai : une épreuve ou un test;\n2° organisateur : la personne qui organise l'essai;\n3° ministre : le ministre compétent.\n"),
        Case(name: "delete words", instructions: "**Art. 1er.** Dans l'article 3, § 1er, alinéa 1er, les mots « dans les trente jours » sont supprimés.",
             article: "3", expected: "Art. 3. § 1er. Le ministre agrée les essais.\nLe ministre peut retirer l'agrément.\n§ 2. La demande est introduite par écrit.\n"),
        Case(name: "repeal a sentence", instructions: "**Art. 1er.** Dans l'article 1er, la phrase « Il vise les essais publics. » est abrogée.",
             article: "1", expected: "Article 1er. Le présent arrêté s'applique aux essais.\n"),
        Case(name: "repeal an alinéa", instructions: "**Art. 1er.** Dans l'article 4, l'alinéa 2 est abrogé.",
             article: "4", expected: "Art. 4. Le département tient un registre.\n(...)\nLe registre est tenu à jour.\n"),
        Case(name: "repeal a point", instructions: "**Art. 1er.** Dans l'article 2, le 2° est abrogé.",
             article: "2", expected: "Art. 2. Pour l'application du présent arrêté, on entend par :\n1° essai : une épreuve;\n2° (...)\n3° ministre : le ministre compétent.\n"),
        Case(name: "repeal a paragraph", instructions: "**Art. 1er.** Dans l'article 3, le § 2 est abrogé.",
             article: "3", expected: "Art. 3. § 1er. Le ministre agrée les essais dans les trente jours.\nLe ministre peut retirer l'agrément.\n§ 2. (...)\n"),
        Case(name: "repeal an article", instructions: "**Art. 1er.** L'article 4 est abrogé.", article: "4", expected: "Art. 4. (Abrogé)\n"),
        Case(name: "replace an alinéa", instructions: "**Art. 1er.** Dans l'article 4, l'alinéa 3 est remplacé par ce qui suit :\n\n« Le registre est tenu à jour chaque mois. ».",
             article: "4", expected: "Art. 4. Le département tient un registre.\nLe registre est public.\nLe registre est tenu à jour chaque mois.\n"),
        Case(name: "replace a paragraph", instructions: "**Art. 1er.** Dans l'article 3, le § 2 est remplacé par ce qui suit :\n\n« § 2. La demande est introduite par écrit ou par voie électronique. ».",
             article: "3", expected: "Art. 3. § 1er. Le ministre agrée les essais dans les trente jours.\nLe ministre peut retirer l'agrément.\n§ 2. La demande est introduite par écrit ou par voie électronique.\n"),
        Case(name: "replace a point", instructions: "**Art. 1er.** Dans l'article 2, le 3° est remplacé par ce qui suit :\n\n« 3° ministre : le ministre de la Culture. ».",
             article: "2", expected: "Art. 2. Pour l'application du présent arrêté, on entend par :\n1° essai : une épreuve;\n2° organisateur : la personne qui organise l'essai;\n3° ministre : le ministre de la Culture.\n"),
        Case(name: "replace an article", instructions: "**Art. 1er.** L'article 4 est remplacé par ce qui suit :\n\n« Art. 4. Le registre est électronique.\n\nIl est public. ».",
             article: "4", expected: "Art. 4. Le registre est électronique.\nIl est public.\n"),
        Case(name: "replace several alinéas", instructions: "**Art. 1er.** Dans l'article 4, les alinéas 2 et 3 sont remplacés par ce qui suit :\n\n« Le registre est public et tenu à jour. ».",
             article: "4", expected: "Art. 4. Le département tient un registre.\nLe registre est public et tenu à jour.\n"),
        Case(name: "insert a point where its number places it", instructions: "**Art. 1er.** Dans l'article 2, il est inséré un 2/1° rédigé comme suit :\n\n« 2/1° participant : la personne qui prend part à l'essai; ».",
             article: "2", expected: "Art. 2. Pour l'application du présent arrêté, on entend par :\n1° essai : une épreuve;\n2° organisateur : la personne qui organise l'essai;\n2/1° participant : la personne qui prend part à l'essai;\n3° ministre : le ministre compétent.\n"),
        Case(name: "insert an alinéa between two", instructions: "**Art. 1er.** Dans l'article 4, il est inséré entre les alinéas 1er et 2, qui devient l'alinéa 3, un alinéa rédigé comme suit :\n\n« Le registre mentionne chaque essai. ».",
             article: "4", expected: "Art. 4. Le département tient un registre.\nLe registre mentionne chaque essai.\nLe registre est public.\nLe registre est tenu à jour.\n"),
        Case(name: "complete an article by an alinéa", instructions: "**Art. 1er.** L'article 1er est complété par un alinéa rédigé comme suit :\n\n« Il ne vise pas les essais militaires. ».",
             article: "1", expected: "Article 1er. Le présent arrêté s'applique aux essais. Il vise les essais publics.\nIl ne vise pas les essais militaires.\n"),
        Case(name: "complete a paragraph by an alinéa", instructions: "**Art. 1er.** Dans l'article 3, le § 2 est complété par un alinéa rédigé comme suit :\n\n« La demande est datée. ».",
             article: "3", expected: "Art. 3. § 1er. Le ministre agrée les essais dans les trente jours.\nLe ministre peut retirer l'agrément.\n§ 2. La demande est introduite par écrit.\nLa demande est datée.\n"),
        Case(name: "complete an article by a paragraph", instructions: "**Art. 1er.** L'article 3 est complété par un § 3 rédigé comme suit :\n\n« § 3. Le ministre publie la liste des essais agréés. ».",
             article: "3", expected: "Art. 3. § 1er. Le ministre agrée les essais dans les trente jours.\nLe ministre peut retirer l'agrément.\n§ 2. La demande est introduite par écrit.\n§ 3. Le ministre publie la liste des essais agréés.\n"),
        // Hand check 4, record 8 (2019030053, art. 2, 3°, b)): alinéas that complete an
        // alinéa follow it, before the alinéas after it (they went to the end of the §).
        Case(name: "an alinéa completed by alinéas", instructions: "**Art. 1er.** Dans l'article 3, § 1er, l'alinéa 1er est complété par deux alinéas rédigés comme suit :\n\n« Il motive sa décision.\n\nIl la notifie. ».",
             article: "3", expected: "Art. 3. § 1er. Le ministre agrée les essais dans les trente jours.\nIl motive sa décision.\nIl la notifie.\nLe ministre peut retirer l'agrément.\n§ 2. La demande est introduite par écrit.\n"),
        // Hand check 4, beside record 216 (2021030266, art. 1): « les 10°, 11° et 12° » are three
        // points, not the 11° inside the 10° (never repealed, with a warning).
        Case(name: "three points listed", instructions: "**Art. 1er.** Dans l'article 2, les 1°, 2° et 3° sont abrogés.",
             article: "2", expected: "Art. 2. Pour l'application du présent arrêté, on entend par :\n1° (...)\n2° (...)\n3° (...)\n"),
        // 2022040007, art. 2, 4°: « l'article est complété par une définition rédigée comme
        // suit »: the unit its text is (here a point, by its label).
        Case(name: "a definition at the end of the list", instructions: "**Art. 1er.** L'article 2 est complété par une définition rédigée comme suit : « 4° loi : la loi du 23 mars 2020. ».",
             article: "2", expected: "Art. 2. Pour l'application du présent arrêté, on entend par :\n1° essai : une épreuve;\n2° organisateur : la personne qui organise l'essai;\n3° ministre : le ministre compétent.\n4° loi : la loi du 23 mars 2020.\n"),
        Case(name: "a definition without a label", instructions: "**Art. 1er.** L'article 4 est complété par une définition rédigée comme suit : « registre : le registre des essais. ».",
             article: "4", expected: "Art. 4. Le département tient un registre.\nLe registre est public.\nLe registre est tenu à jour.\nregistre : le registre des essais.\n"),
        Case(name: "complete an alinéa by a point", instructions: "**Art. 1er.** Dans l'article 2, l'alinéa est complété par un 4° rédigé comme suit :\n\n« 4° département : le département de la Culture. ».",
             article: "2", expected: "Art. 2. Pour l'application du présent arrêté, on entend par :\n1° essai : une épreuve;\n2° organisateur : la personne qui organise l'essai;\n3° ministre : le ministre compétent.\n4° département : le département de la Culture.\n"),
        Case(name: "final punctuation", instructions: "**Art. 1er.** Dans l'article 2, 3°, le point en fin de phrase est remplacé par un point-virgule.",
             article: "2", expected: "Art. 2. Pour l'application du présent arrêté, on entend par :\n1° essai : une épreuve;\n2° organisateur : la personne qui organise l'essai;\n3° ministre : le ministre compétent;\n"),
        Case(name: "final semicolon replaced by a full stop", instructions: "**Art. 1er.** Dans l'article 2, 2°, le point-virgule en fin de phrase est remplacé par un point.",
             article: "2", expected: "Art. 2. Pour l'application du présent arrêté, on entend par :\n1° essai : une épreuve;\n2° organisateur : la personne qui organise l'essai.\n3° ministre : le ministre compétent.\n"),
        Case(name: "chaque fois in an article", instructions: "**Art. 1er.** Dans l'article 4, le mot « registre » est chaque fois remplacé par le mot « fichier ».",
             article: "4", expected: "Art. 4. Le département tient un fichier.\nLe fichier est public.\nLe fichier est tenu à jour.\n"),
        Case(name: "a definition replaced, its label kept", instructions: "**Art. 1er.** Dans l'article 2, la définition de « organisateur » est remplacée par ce qui suit :\n\n« organisateur : la personne morale qui organise l'essai; ».",
             article: "2", expected: "Art. 2. Pour l'application du présent arrêté, on entend par :\n1° essai : une épreuve;\n2° organisateur : la personne morale qui organise l'essai;\n3° ministre : le ministre compétent.\n"),
        Case(name: "a definition repealed", instructions: "**Art. 1er.** Dans l'article 2, la définition du terme « ministre » est abrogée.",
             article: "2", expected: "Art. 2. Pour l'application du présent arrêté, on entend par :\n1° essai : une épreuve;\n2° organisateur : la personne qui organise l'essai;\n3° (...)\n"),
        Case(name: "deux fois: both occurrences", instructions: "**Art. 1er.** Dans l'article 1er, le mot « essais » est remplacé deux fois par le mot « épreuves ».",
             article: "1", expected: "Article 1er. Le présent arrêté s'applique aux épreuves. Il vise les épreuves publics.\n"),
        Case(name: "chaque fois in the whole act", instructions: "**Art. 1er.** Dans le même arrêté, le mot « ministre » est chaque fois remplacé par le mot « Gouvernement ».",
             article: "3", expected: "Art. 3. § 1er. Le Gouvernement agrée les essais dans les trente jours.\nLe Gouvernement peut retirer l'agrément.\n§ 2. La demande est introduite par écrit.\n"),
        Case(name: "the text formerly is § 1er, completed by a § 2", instructions: "**Art. 1er.** L'article 1er, dont le texte actuel formera le § 1er, est complété par un § 2 rédigé comme suit :\n\n« § 2. Il ne vise pas les essais militaires. ».",
             article: "1", expected: "Article 1er. § 1er. Le présent arrêté s'applique aux essais. Il vise les essais publics.\n§ 2. Il ne vise pas les essais militaires.\n"),
        Case(name: "renumbering, then the new number used", instructions: """
             **Art. 1er.** A l'article 4, les modifications suivantes sont apportées :

             1° l'alinéa 1er devient le § 1er, alinéa 1er;

             2° l'alinéa 3 devient le § 2, alinéa 1er;

             3° le § 2 est complété par un alinéa rédigé comme suit :

             « Il est consultable en ligne. ».
             """,
             article: "4", expected: "Art. 4. § 1er. Le département tient un registre.\nLe registre est public.\n§ 2. Le registre est tenu à jour.\nIl est consultable en ligne.\n"),
        // Issue 12: the anchor of a new alinéa is a typed reference, its § included (the
        // position was once a string, "§ 1, al. 1", read back as alinéa 11).
        Case(name: "insert an alinéa after an alinéa of a §", instructions: "**Art. 1er.** Dans l'article 3, il est inséré après l'alinéa 1er du § 1er un alinéa rédigé comme suit :\n\n« Le ministre motive sa décision. ».",
             article: "3", expected: "Art. 3. § 1er. Le ministre agrée les essais dans les trente jours.\nLe ministre motive sa décision.\nLe ministre peut retirer l'agrément.\n§ 2. La demande est introduite par écrit.\n"),
        Case(name: "insert a § where its number places it", instructions: "**Art. 1er.** Dans l'article 3, il est inséré un § 1/1 rédigé comme suit :\n\n« § 1/1. Le ministre informe le demandeur. ».",
             article: "3", expected: "Art. 3. § 1er. Le ministre agrée les essais dans les trente jours.\nLe ministre peut retirer l'agrément.\n§ 1/1. Le ministre informe le demandeur.\n§ 2. La demande est introduite par écrit.\n"),
        Case(name: "delete the end of a sentence after words", instructions: "**Art. 1er.** Dans l'article 3, § 1er, alinéa 1er, après le mot « essais », la fin de la phrase est supprimée.",
             article: "3", expected: "Art. 3. § 1er. Le ministre agrée les essais.\nLe ministre peut retirer l'agrément.\n§ 2. La demande est introduite par écrit.\n"),
        Case(name: "nothing to do in this language", instructions: "**Art. 1er.** (concerne le texte allemand)",
             article: "4", expected: "Art. 4. Le département tient un registre.\nLe registre est public.\nLe registre est tenu à jour.\n"),
        // Issue 13: forms of the real amending sample.
        Case(name: "nothing to do in the Dutch text of an article", instructions: "**Art. 1er.** Dans le texte néerlandais de l'article 4, alinéa 1er, le mot « registre » est remplacé par le mot « fichier ».",
             article: "4", expected: "Art. 4. Le département tient un registre.\nLe registre est public.\nLe registre est tenu à jour.\n"),
        Case(name: "the French version of an article", instructions: "**Art. 1er.** Dans la version francophone de l'article 4, alinéa 1er, le mot « registre » est remplacé par le mot « fichier ».",
             article: "4", expected: "Art. 4. Le département tient un fichier.\nLe registre est public.\nLe registre est tenu à jour.\n"),
        Case(name: "il: the unit of the lead-in", instructions: "**Art. 1er.** A l'article 2, les modifications suivantes sont apportées :\n\n1° il est complété par un 4° rédigé comme suit :\n\n« 4° département : le département de la Culture. »;\n\n2° le 3° est abrogé.",
             article: "2", expected: "Art. 2. Pour l'application du présent arrêté, on entend par :\n1° essai : une épreuve;\n2° organisateur : la personne qui organise l'essai;\n3° (...)\n4° département : le département de la Culture.\n"),
        Case(name: "a range of new points", instructions: "**Art. 1er.** L'article 2 est complété par les 4° et 5° rédigés comme suit :\n\n« 4° département : le département;\n\n5° comité : le comité. ».",
             article: "2", expected: "Art. 2. Pour l'application du présent arrêté, on entend par :\n1° essai : une épreuve;\n2° organisateur : la personne qui organise l'essai;\n3° ministre : le ministre compétent.\n4° département : le département;\n5° comité : le comité.\n"),
        Case(name: "a new alinéa named by its ordinal", instructions: "**Art. 1er.** Dans l'article 3, le § 2 est complété par un deuxième alinéa rédigé comme suit :\n\n« La demande est datée. ».",
             article: "3", expected: "Art. 3. § 1er. Le ministre agrée les essais dans les trente jours.\nLe ministre peut retirer l'agrément.\n§ 2. La demande est introduite par écrit.\nLa demande est datée.\n"),
        Case(name: "a new dash by its place", instructions: "**Art. 1er.** Dans l'article 6, il est inséré un deuxième tiret rédigé comme suit :\n\n« - le vice-président; ».",
             article: "6", expected: "Art. 6. Siègent au comité :\n- le président;\n- le vice-président;\n- le secrétaire.\n"),
        Case(name: "the words following the verb", instructions: "**Art. 1er.** Dans l'article 3, § 1er, alinéa 1er, les mots suivants sont supprimés : « dans les trente jours ».",
             article: "3", expected: "Art. 3. § 1er. Le ministre agrée les essais.\nLe ministre peut retirer l'agrément.\n§ 2. La demande est introduite par écrit.\n"),
        Case(name: "a unit as place without preposition", instructions: "**Art. 1er.** Dans l'article 3, le § 1er, alinéa 2, le mot « retirer » est remplacé par le mot « suspendre ».",
             article: "3", expected: "Art. 3. § 1er. Le ministre agrée les essais dans les trente jours.\nLe ministre peut suspendre l'agrément.\n§ 2. La demande est introduite par écrit.\n"),
        Case(name: "clauses listed with commas", instructions: "**Art. 1er.** Dans l'article 4, alinéa 1er, le mot « département » est remplacé par le mot « service », le mot « registre » est remplacé par le mot « fichier ».",
             article: "4", expected: "Art. 4. Le service tient un fichier.\nLe registre est public.\nLe registre est tenu à jour.\n"),
        Case(name: "modified as follows", instructions: "**Art. 1er.** L'article 4 est modifié comme suit :\n\n1° l'alinéa 2 est abrogé;\n\n2° l'alinéa 3 est abrogé.",
             article: "4", expected: "Art. 4. Le département tient un registre.\n(...)\n(...)\n"),
        Case(name: "a point beside the point named", instructions: "**Art. 1er.** Dans l'article 2, au 3°, le point est remplacé par un point-virgule, et un 4° est inséré, libellé comme suit : « 4° département : le département. ».",
             article: "2", expected: "Art. 2. Pour l'application du présent arrêté, on entend par :\n1° essai : une épreuve;\n2° organisateur : la personne qui organise l'essai;\n3° ministre : le ministre compétent;\n4° département : le département.\n"),
        Case(name: "between the 2nd and the 3rd alinéa", instructions: "**Art. 1er.** Dans l'article 4, un alinéa est inséré entre le 2ème et le 3ème alinéa, libellé comme suit : « Le registre est daté. ».",
             article: "4", expected: "Art. 4. Le département tient un registre.\nLe registre est public.\nLe registre est daté.\nLe registre est tenu à jour.\n"),
        Case(name: "the next alinéa inserted", instructions: "**Art. 1er.** Dans l'article 4, l'alinéa suivant est inséré après l'alinéa 1er, libellé comme suit : « Le registre est daté. ».",
             article: "4", expected: "Art. 4. Le département tient un registre.\nLe registre est daté.\nLe registre est public.\nLe registre est tenu à jour.\n"),
        Case(name: "a sentence deleted and replaced", instructions: "**Art. 1er.** Dans l'article 1er, la deuxième phrase est supprimée et remplacée par la disposition suivante : « Il vise tous les essais. ».",
             article: "1", expected: "Article 1er. Le présent arrêté s'applique aux essais. Il vise tous les essais.\n"),
        Case(name: "the units listed under 'sont abrogés'", instructions: "**Art. 1er.** Dans le même arrêté les articles suivants sont abrogés :\n\n1. l'article 2, 3° ;\n\n2. l'article 4, alinéa 2.",
             article: "4", expected: "Art. 4. Le département tient un registre.\n(...)\nLe registre est tenu à jour.\n"),
        Case(name: "a new text without quotation marks", instructions: "**Art. 1er.** Dans l'article 4, l'alinéa 3 est remplacé par la disposition suivante :\n\nLe registre est tenu à jour chaque mois.",
             article: "4", expected: "Art. 4. Le département tient un registre.\nLe registre est public.\nLe registre est tenu à jour chaque mois.\n"),
        Case(name: "two alinéas named one after the other", instructions: "**Art. 1er.** Dans l'article 4, l'alinéa 2 et l'alinéa 3 sont abrogés.",
             article: "4", expected: "Art. 4. Le département tient un registre.\n(...)\n(...)\n"),
        Case(name: "paragraphs in the plural", instructions: "**Art. 1er.** Dans l'article 3, les paragraphes 1er et 2 sont remplacés par ce qui suit :\n\n« § 1er. Le ministre agrée.\n\n§ 2. La demande est écrite. ».",
             article: "3", expected: "Art. 3. § 1er. Le ministre agrée.\n§ 2. La demande est écrite.\n"),
        // concurrence-procedures (2024000081, art. 23): the instruction quotes « le livre IV »,
        // the text reads « le Livre IV »: found in that spelling, with a warning, as Justel did.
        Case(name: "words found in another case", instructions: "**Art. 1er.** Dans l'article 4, alinéa 1er, les mots « de la Culture » sont insérés entre les mots « le Département » et les mots « tient ».",
             article: "4", expected: "Art. 4. Le département de la Culture tient un registre.\nLe registre est public.\nLe registre est tenu à jour.\n"),
        // The hand check of issue 13 (2019030053, art. 19, 2°): "2° et 3°" once lost the 3°.
        Case(name: "words replaced in each unit of a range", instructions: "**Art. 1er.** Dans l'article 2, 1° et 2°, le mot « essai » est remplacé par le mot « test ».",
             article: "2", expected: "Art. 2. Pour l'application du présent arrêté, on entend par :\n1° test : une épreuve;\n2° organisateur : la personne qui organise l'test;\n3° ministre : le ministre compétent.\n"),
        Case(name: "a second replacement with its verb left out", instructions: "**Art. 1er.** Dans l'article 4, alinéa 1er, le mot « département » est remplacé par le mot « service » et le mot « registre » par le mot « fichier ».",
             article: "4", expected: "Art. 4. Le service tient un fichier.\nLe registre est public.\nLe registre est tenu à jour.\n"),
        Case(name: "the verb of a lead-in first", instructions: "**Art. 1er.** Dans l'article 4 sont apportées les modifications suivantes :\n\n1° l'alinéa 2 est abrogé.",
             article: "4", expected: "Art. 4. Le département tient un registre.\n(...)\nLe registre est tenu à jour.\n"),
    ]

    @Test(arguments: cases)
    func applies(_ c: Case) throws {
        let fixture = try Fixture(base: Self.base, amending: [Self.amending(c.instructions)])
        #expect(fixture.failures.isEmpty, "\(fixture.failures)")
        #expect(fixture.timeline.outcomes.allSatisfy { !$0.status.isFailure })
        // The base text until the day before, the new text from the effective date.
        let before = try #require(Fixture(base: Self.base, amending: []).text(c.article, at: "2020-12-31"))
        #expect(fixture.text(c.article, at: "2020-12-31") == before)
        #expect(fixture.text(c.article, at: "2021-01-01") == c.expected)
    }

    /// "un tiret … est inséré entre le 1er et le 2ème tiret", and the same written « sont
    /// insérés, entre …, les mots : « - … » » (2019030053, art. 26, 1°): a new dash in its
    /// place (dashes have no numbers, so none "already exists"), the later ones counted on.
    @Test func aDashBetweenTwoDashes() throws {
        let expected = "Art. 6. Siègent au comité :\n- le président;\n- le trésorier;\n- le secrétaire.\n"
        for instruction in ["**Art. 1er.** Dans l'article 6, un tiret rédigé comme suit est inséré entre le 1er et le 2ème tiret : « - le trésorier; ».",
                            "**Art. 1er.** Dans l'article 6, sont insérés, entre le premier et le deuxième tiret, les mots : « - le trésorier; »."] {
            let fixture = try Fixture(base: Self.base, amending: [Self.amending(instruction)])
            #expect(fixture.failures.isEmpty, "\(fixture.failures)")
            #expect(fixture.text("6", at: "2021-01-01") == expected)
        }
        let appended = try Fixture(base: Self.base, amending: [Self.amending("**Art. 1er.** L'article 6 est complété par un tiret rédigé comme suit : « - le trésorier. ».")])
        #expect(appended.failures.isEmpty, "\(appended.failures)")
        #expect(appended.text("6", at: "2021-01-01")?.hasSuffix("- le secrétaire.\n- le trésorier.\n") == true)
    }

    /// « au 1°, l'intitulé « a) Titres requis » est complété par les items … » (2019030053,
    /// art. 27, 1°): new dashes at the end of the a)'s list, not after the b).
    @Test func itemsAtTheEndOfAHeadedPoint() throws {
        let base = baseAct("""
        **Art. 1er.** Les titres sont :

        1° professeur de musique :

        a) Titres requis :

        - CAPE de musique ;

        - Master en musique ;

        b) Titres suffisants : néant.
        """)
        let fixture = try Fixture(base: base, amending: [Self.amending("**Art. 1er.** A l'article 1er, au 1°, l'intitulé « a) Titres requis » est complété par les items rédigés comme suit :\n\n« - Diplôme A ;\n\n- Diplôme B ; ».")])
        #expect(fixture.failures.isEmpty, "\(fixture.failures)")
        #expect(fixture.text("1", at: "2021-01-01") == "Article 1er. Les titres sont :\n1° professeur de musique :\n   a) Titres requis :\n      - CAPE de musique ;\n      - Master en musique ;\n      - Diplôme A ;\n      - Diplôme B ;\n   b) Titres suffisants : néant.\n")
    }

    @Test func insertsAnArticleWhereItsNumberPlacesIt() throws {
        let fixture = try Fixture(base: Self.base, amending: [Self.amending("**Art. 1er.** Il est inséré un article 4/1 rédigé comme suit :\n\n« Art. 4/1. Le registre est électronique. ».")])
        #expect(fixture.failures.isEmpty, "\(fixture.failures)")
        let date = try #require(LegalDate("2021-01-01"))
        #expect(fixture.timeline.act(at: date).articles.map(\.number) == ["1er", "2", "3", "4", "4/1", "5", "6"])
        #expect(fixture.text("4/1", at: "2021-01-01") == "Art. 4/1. Le registre est électronique.\n")
        #expect(fixture.text("4/1", at: "2020-12-31") == nil)
    }

    @Test func reestablishesARepealedArticle() throws {
        let repeal = Self.amending("**Art. 1er.** L'article 4 est abrogé.")
        let restore = Self.amending("**Art. 1er.** L'article 4, abrogé par l'arrêté du Gouvernement du 1er juin 2020, est rétabli dans la rédaction suivante :\n\n« Art. 4. Le registre est rétabli. ».",
                                    date: "2021-06-01", published: "2021-06-10", numac: "2021200200", entry: "Le présent arrêté entre en vigueur le 1er janvier 2022.")
        let fixture = try Fixture(base: Self.base, amending: [repeal, restore])
        #expect(fixture.failures.isEmpty, "\(fixture.failures)")
        #expect(fixture.text("4", at: "2021-06-30") == "Art. 4. (Abrogé)\n")
        #expect(fixture.text("4", at: "2022-01-01") == "Art. 4. Le registre est rétabli.\n")
    }

    @Test func replacesTheTitle() throws {
        let fixture = try Fixture(base: Self.base, amending: [Self.amending("**Art. 1er.** L'intitulé de l'arrêté est remplacé par ce qui suit :\n\n« Arrêté du Gouvernement relatif aux essais et aux épreuves ».")])
        #expect(fixture.failures.isEmpty, "\(fixture.failures)")
        #expect(fixture.timeline.act(at: try #require(LegalDate("2021-01-01"))).metadata.title == "Arrêté du Gouvernement relatif aux essais et aux épreuves")
        #expect(fixture.timeline.act(at: try #require(LegalDate("2020-12-31"))).metadata.title == "Arrêté du Gouvernement relatif aux essais")
    }
}

@Suite("Divisions inserted around existing articles")
struct DivisionInsertionTests {
    /// Hand check 14 (2019200191, art. 1): « il est inséré un Titre V » in a text holding
    /// Titres IV and VI went after Titre VI, without a word: roman numerals had no order.
    /// A division numbered before all the others goes before them.
    @Test func romanNumberedDivisionsTakeTheirPlace() throws {
        let base = baseAct("""
        ### Titre II. - Premier

        **Art. 1.** Texte 1.

        ### Titre IV. - Deuxième

        **Art. 2.** Texte 2.

        ### Titre VI. - Troisième

        **Art. 3.** Texte 3.
        """)
        let fixture = try Fixture(base: base, amending: [OperationTests.amending("""
        **Art. 1er.** Dans le même arrêté, il est inséré un titre V, intitulé : « Nouveau ».

        **Art. 2.** Dans le même arrêté, il est inséré un titre Ier, intitulé : « Liminaire ».
        """)])
        #expect(fixture.failures.isEmpty, "\(fixture.failures)")
        let act = fixture.timeline.act(at: try #require(LegalDate("2021-01-01")))
        let headings = act.body.compactMap { element -> String? in
            if case .division(let division) = element { return division.number } else { return nil }
        }
        #expect(headings == ["Ier", "II", "IV", "V", "VI"], "\(headings)")
        #expect(DivisionNumber.orderKey("Vbis").map { DivisionNumber.orderKey("V")!.precedes($0) && $0.precedes(DivisionNumber.orderKey("VI")!) } == true)
    }

    @Test func chaptersAndSectionsThatHoldExistingArticles() throws {
        let base = baseAct((1...6).map { "**Art. \($0).** Texte \($0)." }.joined(separator: "\n\n"))
        let fixture = try Fixture(base: base, amending: [OperationTests.amending("""
        **Art. 1er.** Dans le même arrêté, il est inséré un chapitre 1er, comportant l'article 1er, intitulé : « Disposition générale ».

        **Art. 2.** Dans le même arrêté, il est inséré un chapitre 2, comportant les articles 1/1 à 6, intitulé : « Dispositions particulières ».

        **Art. 3.** Dans le chapitre 2 du même arrêté, il est inséré une section 1re, comportant les articles 1/1 à 3, intitulée : « Première section ».

        **Art. 4.** Dans le chapitre 2, section 1re, du même arrêté, il est inséré un article 1/1 rédigé comme suit :

        « Art. 1/1. Texte inséré. ».
        """)])
        #expect(fixture.failures.isEmpty, "\(fixture.failures)")
        let act = fixture.timeline.act(at: try #require(LegalDate("2021-01-01")))
        guard case .division(let chapter1)? = act.body.first, case .division(let chapter2)? = act.body.last,
              case .division(let section)? = chapter2.children.first else {
            Issue.record("no divisions")
            return
        }
        #expect([chapter1.headingLine, chapter2.headingLine, section.headingLine] == [
            "Chapitre 1er. - Disposition générale", "Chapitre 2. - Dispositions particulières", "Section 1re. - Première section",
        ])
        #expect(OutlineRenderer.render(act, excerptLength: 0) == """
        Chapitre 1
        art. 1
        Chapitre 2
        Section 1
        art. 1/1
        art. 2
        art. 3
        art. 4
        art. 5
        art. 6

        """)
        // Before the amending act, the articles stood without divisions.
        let before = fixture.timeline.act(at: try #require(LegalDate("2020-12-31")))
        #expect(OutlineRenderer.render(before, excerptLength: 0) == (1...6).map { "art. \($0)\n" }.joined())
    }
}

/// dg-agrement-hopitaux-1995 (2024200910, art. 2): "Le chapitre IV du même arrêté,
/// comportant les articles 9 et 10, est abrogé", against Justel's "Chapitre 4.".
@Suite("Repealing a division")
struct DivisionRepealTests {
    static let base = baseAct("""
    ### Chapitre 1er. - Dispositions générales.

    **Article 1er.** Le présent arrêté s'applique aux hôpitaux.

    ### Chapitre 4. - Prolongation de l'agréation.

    **Art. 9.** Le pouvoir organisateur demande une prolongation.

    **Art. 10.** La procédure est d'application.

    ### Chapitre 5. - Retrait.

    **Art. 11.** L'agréation peut être retirée.
    """)

    @Test func theDivisionAndItsArticles() throws {
        let fixture = try Fixture(base: Self.base, amending: [OperationTests.amending("**Art. 1er.** Le chapitre IV du même arrêté, comportant les articles 9 et 10, est abrogé.")])
        #expect(fixture.failures.isEmpty, "\(fixture.failures)")
        #expect(fixture.text("9", at: "2021-06-01") == "Art. 9. (Abrogé)\n")
        #expect(fixture.text("10", at: "2021-06-01") == "Art. 10. (Abrogé)\n")
        #expect(fixture.text("11", at: "2021-06-01") == "Art. 11. L'agréation peut être retirée.\n")
        #expect(fixture.text("9", at: "2020-12-31") == "Art. 9. Le pouvoir organisateur demande une prolongation.\n")
    }

    @Test func aDivisionThatDoesNotExist() throws {
        let fixture = try Fixture(base: Self.base, amending: [OperationTests.amending("**Art. 1er.** Le chapitre VII du même arrêté est abrogé.")])
        #expect(fixture.failures == ["Art. 1: chapitre VII does not exist in the act on 2021-01-01"])
    }

    @Test func romanAndArabicNumbers() {
        #expect(DivisionNumber.same("IV", "4"))
        #expect(DivisionNumber.same("Ier", "1er"))
        #expect(!DivisionNumber.same("IV", "6"))
        #expect(!DivisionNumber.same("4.1", "4"))
    }
}

/// concurrence-procedures-ar-2013 (2024000081, art. 25) and dg-jetons-presence-2001
/// (2024200994, art. 2): annexes as Justel prints them, one article `N1` each.
@Suite("Annexes as one article")
struct AnnexAsOneArticleTests {
    static let base = baseAct("""
    **Article 1er.** Les organes sont énumérés en annexe.

    **Art. 2.** Le présent arrêté entre en vigueur le 1er avril 2020.

    ### Annexe.

    **Art. N1.** Annexe. Liste des organes

    1. Conseil de la jeunesse

    2. Commission consultative pour les hôpitaux

    3. Conseil des allocations d'études
    """)

    @Test func anAnnexInserted() throws {
        let fixture = try Fixture(base: OperationTests.base, amending: [OperationTests.amending("**Art. 1er.** Dans le même arrêté, il est inséré une annexe rédigée comme suit :\n\n« Annexe : FORMULAIRE PLAINTE\n\nI. Informations concernant le plaignant\n\n1. Veuillez fournir des informations complètes. »")])
        #expect(fixture.failures.isEmpty, "\(fixture.failures)")
        #expect(fixture.text("N1", at: "2021-06-01") == "Art. N1. Annexe : FORMULAIRE PLAINTE\nI. Informations concernant le plaignant\n1° Veuillez fournir des informations complètes.\n")
    }

    /// « est ajouté une annexe VI.3-5 reprise à l'annexe du présent arrêté » (2023200641,
    /// art. 16): the new annex's text is this act's own annex, whose title line Justel's
    /// markdown reads as a heading of its own after an empty « Art. N1. ».
    @Test func anAnnexInsertedFromTheActsOwnAnnex() throws {
        let amending = amendingAct(date: "2020-06-01", published: "2020-06-10", numac: "2020200100", """
        **Art. 1er.** Dans le même arrêté, est ajoutée une annexe 2 reprise à l'annexe du présent arrêté.

        **Art. 2.** Le présent arrêté entre en vigueur le 1er janvier 2021.

        ### Annexe.

        **Art. N1.**

        ANNEXE 2

        Formulaire de plainte

        Le plaignant signe le formulaire.
        """)
        let fixture = try Fixture(base: OperationTests.base, amending: [amending])
        #expect(fixture.failures.isEmpty, "\(fixture.failures)")
        let edit = try #require(fixture.library.edits.first { $0.source.article == "1" })
        #expect(edit.change?.fragment?.blocks == ["ANNEXE 2", "Formulaire de plainte", "Le plaignant signe le formulaire."])
        #expect(fixture.text("N1", at: "2021-01-01")?.contains("Le plaignant signe le formulaire.") == true)
    }

    @Test func aPointInsertedInTheAnnex() throws {
        let fixture = try Fixture(base: AnnexAsOneArticleTests.base, amending: [OperationTests.amending("**Art. 1er.** A l'annexe du même arrêté, les modifications suivantes sont apportées :\n\n1. il est inséré un 2.1° rédigé comme suit :\n\n« 2.1° Commission relative aux prêts »;\n\n2. il est inséré un 3° rédigé comme suit :\n\n« 3° Autre »")])
        #expect(fixture.failures == ["Art. 1, 2°: 3° already exists in art. N1"])
        #expect(fixture.text("N1", at: "2021-06-01")?.contains("2° Commission consultative pour les hôpitaux\n2.1° Commission relative aux prêts\n3° Conseil") == true)
    }
}
