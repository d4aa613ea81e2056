/// How the words of the act print their units' headings and labels, shared by the
/// markdown, text and HTML renderers.
public enum Headings {
    /// `Article 1er.` for the first article, `Art. N.` for the others (the Moniteur's usage);
    /// `Artikel 1.` in a Dutch or German act (look 19: Dutch acts printed French headings).
    public static func article(_ article: Article, language: Language? = nil) -> String {
        guard ArticleNumber.normalized(article.number) == "1" else { return "Art. \(article.number)." }
        switch language {
        case .dutch?, .german?: return "Artikel \(article.number)."
        default: return "Article \(article.number)."
        }
    }

    /// The words Justel prints for a repealed article, in the act's language.
    public static func repealedArticle(in language: Language?) -> String {
        switch language {
        case .dutch?: "(Opgeheven)"
        case .german?: "(Aufgehoben)"
        default: repealedArticle
        }
    }

    /// `§ 1er.`
    public static func paragraph(_ number: String) -> String { "§ \(number)." }

    /// The words Justel prints for a repealed unit.
    public static let repealedArticle = "(Abrogé)"
    public static let repealedUnit = "(...)"

    /// True for the texts that stand for a repealed unit: `(...)`, `(Abrogé)`, `(Abrogé.)`,
    /// and Justel's `...` (`[1 ...]1` once its markers are read).
    public static func isRepealedMarker(_ text: String) -> Bool {
        guard text.utf8.count <= 24 else { return false }
        let t = text.trimmingSpaces.lowercased()
        if t == "(...)" || t == "(…)" || t == "(abrogé)" || t == "(abrogé.)" || t == "(opgeheven)" || t == "(aufgehoben)" { return true }
        // Justel's `[1 ...]1` (`...;` in a list): the unit's words repealed, its place kept.
        var dots = Substring(t)
        if let last = dots.last, last == ";" || last == "," { dots = dots.dropLast() }
        dots = Substring(dots.trimmingSpaces)
        return dots == "…" || dots == "…." || (3...4).contains(dots.count) && dots.allSatisfy { $0 == "." }
    }
}
