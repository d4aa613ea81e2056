/// How the words of the act print their units' headings and labels, shared by the
/// markdown, text and HTML renderers.
public enum Headings {
    /// `Article 1er.` for the first article, `Art. N.` for the others (the Moniteur's usage).
    public static func article(_ article: Article) -> String {
        ArticleNumber.normalized(article.number) == "1" ? "Article \(article.number)." : "Art. \(article.number)."
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
        if t == "(...)" || t == "(…)" || t == "(abrogé)" || t == "(abrogé.)" || t == "(opgeheven)" { return true }
        // Justel's `[1 ...]1` (`...;` in a list): the unit's words repealed, its place kept.
        var dots = Substring(t)
        if let last = dots.last, last == ";" || last == "," { dots = dots.dropLast() }
        dots = Substring(dots.trimmingSpaces)
        return dots == "…" || dots == "…." || (3...4).contains(dots.count) && dots.allSatisfy { $0 == "." }
    }
}
