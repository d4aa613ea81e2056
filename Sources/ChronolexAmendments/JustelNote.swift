import ChronolexModel

/// Justel's note under an entry-into-force clause that left a date to another act: « (NOTE :
/// Entrée en vigueur des articles 14; 15; 16 fixée au 22-07-2023 par AR 2023-05-10/04, art.
/// 1) » (2022040073, art. 20). Not a provision of the amending act but Justel's record of
/// the date another act fixed: read as that act's date fixing for the articles named, so
/// that a consolidation gives them their date — once that act is known (the note does not
/// say when it was published, so a consolidation `--as-known-on` a date leaves them pending).
struct JustelEntryIntoForceNote: Equatable {
    /// The articles of the amending act whose date is fixed, normalised.
    var articles: [String]
    var effective: LegalDate
    /// The act that fixed it, as Justel cites it: `AR`, `2023-05-10`, `2023-05-10/04`.
    var abbreviation: String
    var date: LegalDate
    var dossier: String
    /// The article of that act, when the note names it.
    var article: String?

    /// Reads the note, or `nil` when the words are not one.
    static func read(_ text: String) -> JustelEntryIntoForceNote? {
        // Most alinéas hold no bracket at all: set aside without trimming a copy of them.
        guard holdsByte(text, UInt8(ascii: "(")) else { return nil }
        var words = text.trimmingSpaces
        guard words.hasPrefix("("), words.hasSuffix(")") else { return nil }
        words = String(words.dropFirst().dropLast()).trimmingSpaces
        let lead = ["NOTE : Entrée en vigueur des articles ", "NOTE : Entrée en vigueur de l'article ", "NOTE: Entrée en vigueur des articles ", "NOTE: Entrée en vigueur de l'article "]
        guard let prefix = lead.first(where: { words.hasPrefix($0) }) else { return nil }
        let rest = words.dropFirst(prefix.count)
        guard let fixed = rest.firstRange(of: " fixée au "), let by = rest[fixed.upperBound...].firstRange(of: " par ") else { return nil }
        let articles = rest[..<fixed.lowerBound].split(whereSeparator: { $0 == ";" || $0 == "," }).map { ArticleNumber.normalized($0.trimmingSpaces) }
        guard !articles.isEmpty, articles.allSatisfy({ $0.first?.isASCIIDigit == true && !$0.contains(" ") }) else { return nil }
        // "22-07-2023"
        let day = rest[fixed.upperBound..<by.lowerBound].split(separator: "-").compactMap { Int($0) }
        guard day.count == 3, let effective = LegalDate(year: day[2], month: day[1], day: day[0]) else { return nil }
        // "AR 2023-05-10/04, art. 1"
        let act = rest[by.upperBound...].split(separator: ",", maxSplits: 1)
        let name = act.first.map { $0.split(separator: " ") } ?? []
        guard name.count == 2, let dossierDate = LegalDate(String(name[1].prefix(10))), name[1].contains("/") else { return nil }
        let article = act.count == 2 ? String(act[1].trimmingSpaces.drop { $0 != " " }.dropFirst()) : nil
        return JustelEntryIntoForceNote(articles: articles, effective: effective, abbreviation: String(name[0]), date: dossierDate,
                                        dossier: String(name[1]), article: article.map { ArticleNumber.normalized($0) })
    }

    /// The act that fixed the date, as a jurist names it from Justel's abbreviation.
    var actTitle: String {
        switch abbreviation {
        case "AR": "arrêté royal"
        case "AM": "arrêté ministériel"
        case "L": "loi"
        default: abbreviation
        }
    }
}
