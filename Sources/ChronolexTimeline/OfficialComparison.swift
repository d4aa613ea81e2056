import ChronolexModel

/// Chronolex's consolidation set against an official one (Justel's), article by article,
/// on the words as a jurist reads them (`TextRenderer`): what `chronolex check` reports.
public struct OfficialComparison: Sendable {
    /// The valid date compared.
    public var date: LegalDate
    /// The act as Chronolex consolidates it on `date`.
    public var ours: Act
    /// How many articles the official text has, and how many of them are identical.
    public var total: Int
    public var identical: Int
    /// The official text's articles that differ or that Chronolex lacks (numbers as cited).
    public var divergent: [String]
    /// Articles only in Chronolex's text.
    public var extra: [String]

    /// Compares `official` with the timeline on `date`; without a date, on the date a
    /// Justel consolidation "mise à jour au D" stands for: it holds every act published by
    /// D, those in force later included, so the latest date the edits applied take effect
    /// (at least D). `nil` when neither a date nor the official text's state date is known.
    public init?(official: Act, timeline: Timeline, at date: LegalDate? = nil) {
        guard let date = date ?? official.metadata.consolidatedOn.map({ Self.stateDate(timeline, knownOn: $0) }) else { return nil }
        self.date = date
        ours = timeline.act(at: date)
        total = official.articles.count
        let byNumber = Dictionary(ours.articles.map { (ArticleNumber.normalized($0.number), $0) }, uniquingKeysWith: { first, _ in first })
        identical = 0
        divergent = []
        for article in official.articles {
            let key = ArticleNumber.normalized(article.number)
            if let mine = byNumber[key], Self.sameText(mine, article) {
                identical += 1
            } else {
                divergent.append(key)
            }
        }
        let officialKeys = Set(official.articles.map { ArticleNumber.normalized($0.number) })
        extra = ours.articles.map { ArticleNumber.normalized($0.number) }.filter { !officialKeys.contains($0) }
    }

    /// The latest effective date of the edits applied, at least `knownOn`.
    static func stateDate(_ timeline: Timeline, knownOn: LegalDate) -> LegalDate {
        let latest = timeline.outcomes.compactMap { outcome -> LegalDate? in
            guard case .applied = outcome.status else { return nil }
            return outcome.edit.effective?.date
        }.max()
        return max(knownOn, latest ?? knownOn)
    }

    /// True when two articles read the same to a jurist: the same rendered words, line by
    /// line, however many spaces stand between them (the Moniteur's "En vigueur :  Bruxelles"
    /// is Justel's "En vigueur : Bruxelles"), and without Justel's "..." where words were
    /// deleted ("441L8 [2 ...]2." is "441L8.").
    public static func sameText(_ a: Article, _ b: Article) -> Bool {
        comparable(TextRenderer.render(a)) == comparable(TextRenderer.render(b))
    }

    /// The text as compared: each "..." left by deleted words taken out, every run of
    /// spaces (and no-break spaces) inside a line as one space, none before `.,;:)`, and a
    /// run of repealed units as one.
    public static func comparable(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        var chars = Array(text)[...]
        while let c = chars.popFirst() {
            if c == ".", chars.prefix(2) == [".", "."] {
                chars = chars.dropFirst(2)
                pendingSpace = true
                continue
            }
            if c == "…" || c == " " || c == "\u{00A0}" || c == "\t" {
                pendingSpace = true
                continue
            }
            if pendingSpace, c != "\n", !".,;:)".contains(c), !out.isEmpty, out.last != "\n", out.last != "(" { out.append(" ") }
            pendingSpace = false
            out.append(c)
        }
        // Justel prints a run of repealed units as one "[1 ...]".
        var lines: [Substring] = []
        for line in out.split(separator: "\n", omittingEmptySubsequences: false) where !(line == "()" && lines.last == "()") {
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }
}
