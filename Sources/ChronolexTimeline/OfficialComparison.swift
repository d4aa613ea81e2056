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
        guard let date = Self.date(comparing: official, with: timeline, at: date) else { return nil }
        self.init(official: official, ours: timeline.act(at: date), date: date)
    }

    /// The date `official` is compared on: `date` when given, else the date its state
    /// stands for (``init(official:timeline:at:)``); `nil` when neither is known.
    public static func date(comparing official: Act, with timeline: Timeline, at date: LegalDate? = nil) -> LegalDate? {
        date ?? official.metadata.consolidatedOn.map { stateDate(timeline, knownOn: $0) }
    }

    /// Compares `official` with `ours`, the act as Chronolex consolidates it on `date`.
    public init(official: Act, ours: Act, date: LegalDate) {
        self.date = date
        self.ours = ours
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
        // Equal articles render to the same words (or, where `Sentence` compares as `String`
        // does, to canonically equivalent ones, which `comparable` keeps equivalent): most
        // articles checked are their official counterpart itself, and neither is rendered.
        if a == b { return true }
        let x = TextRenderer.render(a), y = TextRenderer.render(b)
        // The same bytes read the same (most articles of a text of the same act).
        return sameBytes(x, y) || comparable(x) == comparable(y)
    }

    /// The text as compared: each "..." left by deleted words taken out, every run of
    /// spaces (and no-break spaces) inside a line as one space, none before `.,;:)`, and a
    /// run of repealed units as one.
    public static func comparable(_ text: String) -> String {
        var text = text
        return text.withUTF8 { comparable(utf8: $0) }
    }

    /// `comparable` over the UTF-8 bytes, in one pass: only ASCII bytes and the two-byte
    /// no-break space and three-byte ellipsis are looked at; every other byte is copied.
    static func comparable(utf8 b: UnsafeBufferPointer<UInt8>) -> String {
        let space: UInt8 = 0x20, newline: UInt8 = 0x0A, dot: UInt8 = 0x2E
        var out: [UInt8] = []
        out.reserveCapacity(b.count)
        // Where the current line began in `out`, and whether the line before it was "()".
        var lineStart = 0
        var previousLineIsRepealed = false
        var pendingSpace = false
        var i = 0
        let n = b.count
        func endLine() {
            // Justel prints a run of repealed units as one "[1 ...]": a line "()" after
            // another is dropped with its line break.
            let isRepealed = out.count - lineStart == 2 && out[lineStart] == 0x28 && out[lineStart + 1] == 0x29
            if isRepealed, previousLineIsRepealed {
                out.removeLast(2)
                if out.last == newline { out.removeLast() }
            }
            previousLineIsRepealed = isRepealed
        }
        while i < n {
            let c = b[i]
            // "..." left by deleted words.
            if c == dot, i + 2 < n, b[i + 1] == dot, b[i + 2] == dot {
                i += 3
                pendingSpace = true
                continue
            }
            if c == space || c == 0x09 { i += 1; pendingSpace = true; continue }
            if c == 0xC2, i + 1 < n, b[i + 1] == 0xA0 { i += 2; pendingSpace = true; continue }
            if c == 0xE2, i + 2 < n, b[i + 1] == 0x80, b[i + 2] == 0xA6 { i += 3; pendingSpace = true; continue }
            if pendingSpace, c != newline, !(c == dot || c == 0x2C || c == 0x3B || c == 0x3A || c == 0x29),
               let last = out.last, last != newline, last != 0x28 {
                out.append(space)
            }
            pendingSpace = false
            if c == newline {
                endLine()
                out.append(newline)
                lineStart = out.count
            } else {
                out.append(c)
            }
            i += 1
        }
        endLine()
        return String(decoding: out, as: UTF8.self)
    }
}
