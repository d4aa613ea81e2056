
/// An amending act with at least a given number of instructions of every form (lead-ins
/// with `1°` and `a)` sub-instructions, quoted new texts of several alinéas, history
/// clauses, "du même arrêté"), for `chronolex edits`.
enum AmendingAct {
    /// Instruction templates; `#` is replaced by a number. Each is one instruction.
    static let singles: [String] = [
        "Dans l'article #, alinéa 2, du même arrêté, les mots « trente jours » sont remplacés par les mots « quarante jours ».",
        "Dans l'article # du même arrêté, modifié par les arrêtés du Gouvernement des 3 septembre 2015 et 15 juillet 2021, le mot « Conseil » est chaque fois remplacé par le mot « Comité ».",
        "Dans l'article #, § 1er, alinéa 1er, du même arrêté, les mots « et au département » sont insérés entre les mots « au centre » et les mots « en cas de désaccord ».",
        "Dans l'article #, alinéa 1er, du même arrêté, les mots « ou par voie électronique » sont insérés après les mots « par envoi recommandé ».",
        "Dans l'article # du même arrêté, les mots « et un rapport financier » sont abrogés.",
        "Dans l'article #, alinéa 2, du même arrêté, la phrase « A défaut d'avis au terme de ce délai, l'avis est réputé favorable. » est abrogée.",
        "L'article # du même arrêté est abrogé.",
        "L'article # du même arrêté, modifié par l'arrêté du Gouvernement du 19 avril 2018, est complété par un alinéa rédigé comme suit :\n\n« Le registre peut être tenu sous forme électronique. Il est conservé cinq ans. »",
        "Dans l'article # du même arrêté, le § 2 est remplacé par ce qui suit :\n\n« § 2. Par dérogation au § 1er, le ministre peut accorder une extension.\n\nPour ce faire, les accueillants introduisent une demande écrite. »",
        "Dans le même arrêté, il est inséré un article #.1 rédigé comme suit :\n\n« Art. #.1. Les centres d'accueil proposent des formations continues.\n\nIls notifient au département les thèmes des formations. »",
        "Dans l'article # du même arrêté, il est inséré entre les alinéas 2 et 3, qui devient l'alinéa 4, un alinéa rédigé comme suit :\n\n« Par dérogation à l'alinéa 2, le subside peut être liquidé sous forme d'avance. »",
        "Dans l'article #, § 2, alinéa 1er, du même arrêté, le 12° est complété par les mots « pour le développement sain des enfants ».",
    ]

    /// A lead-in and its sub-instructions (`1°`, `2°` with `a)` … ), seven instructions.
    static let leadIn = """
    A l'article # du même arrêté, les modifications suivantes sont apportées :

    1° dans le § 1er, alinéa 1er, la deuxième phrase est complétée par les mots « sur la suspension d'urgence »;

    2° au § 4, alinéa 1er, inséré par l'arrêté du Gouvernement du 15 juillet 2021, les modifications suivantes sont apportées :

       a) le 1° est abrogé;

       b) le 4° est remplacé par ce qui suit :

    « 4° 5 équivalents temps plein pour la comptabilité; »;

       c) dans le 5°, le point en fin de phrase est remplacé par un point-virgule;

       d) l'alinéa est complété par un 11° rédigé comme suit :

    « 11° 2 équivalents temps plein pour le personnel spécialisé. »;

    3° (concerne le texte allemand);

    4° l'alinéa 5 devient le § 2, alinéa 1er.
    """

    /// The generated act and the number of instructions in it.
    static func generate(instructions target: Int) -> (text: String, instructions: Int) {
        var out = """
        ---
        title-fr: "Arrêté du Gouvernement modifiant l'arrêté du Gouvernement du 22 mai 2014 relatif aux mesures de référence"
        date: 2024-01-01
        number: 2024299999
        case: 2024-01-01/99
        publication: 2024-02-01
        ---

        **Article 1er.** Dans l'article 1er de l'arrêté du Gouvernement du 22 mai 2014 relatif aux mesures de référence, le mot « A » est remplacé par le mot « B ».

        """
        var count = 1
        var article = 1
        var k = 0
        while count < target {
            article += 1
            let base = String(article)
            let template: String
            if k % 4 == 3 {
                template = leadIn
                count += 7
            } else {
                template = singles[(k / 4 * 3 + k % 4) % singles.count]
                count += 1
            }
            k += 1
            out += "\n**Art. \(article).** " + template.replacingOccurrences(of: "#", with: base) + "\n"
        }
        article += 1
        out += "\n**Art. \(article).** Le présent arrêté entre en vigueur le 1er janvier 2025, à l'exception des 2°, a) à c), de l'article 5, qui produisent leurs effets le 1er octobre 2023.\n"
        return (out, count)
    }
}
