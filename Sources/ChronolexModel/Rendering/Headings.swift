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

    /// What a division's heading says of its repeal, as read: a heading ending in Justel's
    /// `(Abrogé)` (`(abrogé.)`, `(Opgeheven)`, `(Aufgehoben)`) is repealed, the marker taken
    /// off (`Des essais anciens (Abrogé)` → `Des essais anciens`; `(Abrogé)` alone → empty);
    /// one whose marker or note `<Abrogé par …>` stands before Justel's closing notes
    /// (`DES CONTRAVENTIONS. (Abrogé) <L 2004-06-17/37, …>`) is repealed and kept whole,
    /// notes and all.
    ///
    /// After words, only the capitalised marker the consolidation prints counts: « … relatives
    /// à l'arrêté du 3 mai 1999 (abrogé) » names a repealed act, not a repealed chapter (look
    /// 34). A note that repeals then re-establishes (« <Abrogé par …; Rétabli par …> ») is in
    /// force.
    public static func repealedDivisionHeading(_ heading: String) -> (heading: String, repealed: Bool) {
        let trimmed = heading.trimmingSpaces
        if trimmed.hasSuffix(")"), let open = trimmed.lastIndex(of: "("), repealedDivisionWords.contains(trimmed[open...].lowercased()) {
            var rest = Substring(trimmed[..<open].trimmingSpaces)
            if rest == "-" { rest = "" }
            if rest.isEmpty || printedRepealMarkers.contains(String(trimmed[open...])) { return (String(rest), true) }
            return (heading, false)
        }
        guard trimmed.contains("<") else { return (heading, false) }
        let lowered = trimmed.lowercased()
        if lowered.contains("rétabli par") || lowered.contains("hersteld bij") { return (heading, false) }
        let notesStart = lowered.firstIndex(of: "<")!
        let beforeNotes = lowered[..<notesStart]
        if repealedDivisionWords.contains(where: { beforeNotes.trimmingSpaces.hasSuffix($0) })
            || lowered.contains("<abrogé par ") || lowered.contains("<opgeheven bij ") {
            return (heading, true)
        }
        return (heading, false)
    }

    /// The markers as the consolidation prints them after a heading's words.
    private static let printedRepealMarkers: Set<String> = ["(Abrogé)", "(Opgeheven)", "(Aufgehoben)"]

    /// The markers that end a repealed division's heading, lowercased.
    private static let repealedDivisionWords: Set<String> = ["(abrogé)", "(abrogé.)", "(abrogée)", "(opgeheven)", "(opgeheven.)", "(aufgehoben)"]

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
