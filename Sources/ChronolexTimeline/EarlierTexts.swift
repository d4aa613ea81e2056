import ChronolexModel

/// A period in which an article's text is not in the input: the base text is a Justel
/// consolidation, which shows the article as later acts left it, and one of those acts
/// changed words whose earlier wording Justel does not print.
///
/// It is the jurist's error "the text of art. 2 before 2018-06-08 is not in the input",
/// with what to give instead: an earlier version of the act, or the act as published.
public struct TextGap: Sendable, Hashable {
    /// The article, by its normalised number.
    public var article: String
    /// The first day of the period.
    public var from: LegalDate
    /// The first day from which the input holds the article's text (the next change).
    public var until: LegalDate
    /// The date of the Justel state the base text is ("mise à jour au 29-05-2018").
    public var state: LegalDate
    /// The changes made after `from` whose earlier wording the state does not show.
    public var changes: [JustelFootnote]
    /// Where the article stands in the base text.
    public var line: Int?

    /// `the text of art. 2 before 2018-06-08 is not in the input: …; give …`.
    public var message: String {
        "the text of art. \(article) before \(until.iso) is not in the input: Justel's state of \(state.iso) shows it as changed by "
            + Self.names(changes) + "; give an earlier version of the act or the act as published"
    }

    /// `AR 2018-03-11/10, art. 2 (in force 2018-06-08)` for each change, joined.
    public static func names(_ notes: [JustelFootnote]) -> String {
        var seen = Set<String>()
        let names = notes.map { note -> String in
            var name = [note.kind, note.dossier].compactMap { $0 }.joined(separator: " ")
            if name.isEmpty { name = note.text }
            if let article = note.article { name += ", art. \(article)" }
            if let date = note.entryIntoForce { name += " (in force \(date.iso))" } else { name += " (at a date Justel does not give)" }
            return name
        }.filter { seen.insert($0).inserted }
        return names.count <= 1 ? names.joined() : names.dropLast().joined(separator: ", ") + " and " + (names.last ?? "")
    }

    /// The words the unknown article stands for in a text printed for a jurist.
    func placeholder(_ language: Language?) -> String {
        let acts = changes.map { [$0.kind, $0.dossier].compactMap { $0 }.joined(separator: " ") + ($0.article.map { ", art. \($0)" } ?? "") }
        var unique: [String] = []
        for act in acts where !act.isEmpty && !unique.contains(act) { unique.append(act) }
        if language == .dutch {
            return "(Tekst vóór \(until.iso) niet in de invoer: Justel toont hem zoals gewijzigd bij \(unique.joined(separator: "; ")).)"
        }
        return "(Texte antérieur au \(until.french) absent des textes donnés : Justel le montre tel que modifié par \(unique.joined(separator: " ; ")).)"
    }
}

/// Where a version of an article comes from when no edit of the input made it.
public enum BaseText: Sendable, Hashable {
    /// The base text as given: the act as published, or a Justel state whose changes to
    /// this article all precede the version.
    case given
    /// A Justel state without the words later acts inserted ("Inséré par …"): they were
    /// not there yet.
    case withoutInsertions([JustelFootnote])
    /// Not in the input.
    case unknown(TextGap)
}

/// What a Justel consolidation can tell of the earlier texts of its articles.
///
/// A Justel text is the act's state on its update date. Its markers `[1 … ]1` and
/// footnotes say which words an amending act wrote and from when — not what stood there
/// before, except for words an act inserted ("Inséré par"), which were simply absent.
/// So, for each period before a change:
/// - words marked by a later insertion are taken out (a unit left without words goes; an
///   article left empty was not there yet);
/// - words marked by any other later change (a replacement, a repeal, a change Justel
///   does not name) make the article's text unknown: a ``TextGap``.
///
/// Units without markers are taken as they stand from the act's start: Justel marks every
/// change it records.
enum EarlierTexts {
    /// One period of an article: from `from` on, this text (`nil`: the article was not
    /// there yet), as `origin` says (for a gap, the article is a placeholder that says so).
    struct Period {
        var from: LegalDate
        var article: Article?
        var origin: BaseText
    }

    /// The periods of one article of a Justel state dated `state`, the act starting on
    /// `start`: oldest first; the last one is the article as given.
    static func periods(of article: Article, start: LegalDate, state: LegalDate, language: Language?) -> [Period] {
        let notes = article.footnotes
        func date(_ note: JustelFootnote) -> LegalDate { note.entryIntoForce ?? state }
        let changeDates = Set(notes.map(date)).filter { $0 > start }.sorted()
        guard !changeDates.isEmpty else { return [Period(from: start, article: article, origin: .given)] }
        var periods: [Period] = []
        for from in [start] + changeDates {
            let later = notes.filter { date($0) > from }
            let others = later.filter { !isInsertion($0) }
            if later.isEmpty {
                periods.append(Period(from: from, article: article, origin: .given))
            } else if !others.isEmpty {
                let gap = TextGap(article: ArticleNumber.normalized(article.number), from: from, until: from, state: state,
                                  changes: others, line: article.range?.start.line)
                periods.append(Period(from: from, article: nil, origin: .unknown(gap)))
            } else {
                let kept = notes.filter { date($0) <= from }
                periods.append(Period(from: from, article: without(Set(later.map(\.number)), in: article, keeping: kept), origin: .withoutInsertions(later)))
            }
        }
        // An absence after a gap is part of the gap (the text is unknown until it is there);
        // consecutive absences are one.
        var merged: [Period] = []
        for period in periods {
            if let last = merged.last, period.article == nil, case .withoutInsertions = period.origin {
                if case .unknown = last.origin { continue }
                if last.article == nil { continue }
            }
            merged.append(period)
        }
        // Each gap lasts until the next period, and stands in the act as a placeholder.
        for index in merged.indices {
            guard case .unknown(var gap) = merged[index].origin else { continue }
            gap.until = index + 1 < merged.count ? merged[index + 1].from : state
            merged[index].origin = .unknown(gap)
            var placeholder = Article(number: article.number, status: .unknown, range: article.range)
            placeholder.paragraphs = [Paragraph(number: nil, alineas: [Alinea(sentences: [Sentence(gap.placeholder(language))], status: .unknown)], status: .unknown)]
            merged[index].article = placeholder
        }
        return merged
    }

    /// The date of the Justel state a base text is: its update date ("mise à jour au"), or,
    /// for a text with Justel's footnotes but no update date, the latest date they give;
    /// `nil` for an act as published (no footnotes).
    static func state(of act: Act) -> LegalDate? {
        if let date = act.metadata.consolidatedOn { return date }
        var latest: LegalDate?
        var any = false
        func note(_ notes: [JustelFootnote]) {
            for note in notes {
                any = true
                if let date = note.entryIntoForce, latest.map({ date > $0 }) ?? true { latest = date }
            }
        }
        func walk(_ body: [BodyElement]) {
            for element in body {
                switch element {
                case .article(let article): note(article.footnotes)
                case .division(let division): note(division.footnotes); walk(division.children)
                }
            }
        }
        walk(act.body)
        return any ? latest ?? act.metadata.publication : nil
    }

    static func isInsertion(_ note: JustelFootnote) -> Bool {
        note.verb == "Inséré par" || note.verb == "Ingevoegd bij"
    }

    /// The article without the words marked with these footnotes; `nil` when nothing is left.
    static func without(_ footnotes: Set<Int>, in article: Article, keeping notes: [JustelFootnote]) -> Article? {
        var result = article
        result.footnotes = notes
        result.paragraphs = article.paragraphs.compactMap { paragraph in
            var paragraph = paragraph
            paragraph.alineas = paragraph.alineas.compactMap { alinea in
                var alinea = alinea
                let marks = alinea.marks
                alinea.points = points(alinea.points, without: footnotes)
                guard cut(&alinea.sentences, &alinea.marks, footnotes) || !alinea.points.isEmpty || marks.isEmpty else { return nil }
                return alinea
            }
            return paragraph.alineas.isEmpty ? nil : paragraph
        }
        return result.paragraphs.isEmpty ? nil : result
    }

    private static func points(_ points: [Point], without footnotes: Set<Int>) -> [Point] {
        points.compactMap { point in
            var point = point
            let marks = point.marks
            point.points = Self.points(point.points, without: footnotes)
            guard cut(&point.sentences, &point.marks, footnotes) || !point.points.isEmpty || marks.isEmpty else { return nil }
            return point
        }
    }

    /// Takes out of a unit's words the spans marked with these footnotes; the other marks
    /// follow their words. True when words are left (or none were taken).
    private static func cut(_ sentences: inout [Sentence], _ marks: inout [JustelMark], _ footnotes: Set<Int>) -> Bool {
        let cuts = marks.filter { footnotes.contains($0.footnote) }
        guard !cuts.isEmpty else { return true }
        var text = sentences.map(\.text).joined(separator: " ")
        var kept = marks.filter { !footnotes.contains($0.footnote) }
        // From the end, so that the offsets of the cuts still to make hold.
        for mark in cuts.sorted(by: { $0.start > $1.start }) where mark.end > mark.start {
            let bytes = Array(text.utf8)
            guard mark.end <= bytes.count else { continue }
            var start = mark.start
            var end = mark.end
            // One space of the two around the words goes, and the one before a punctuation mark.
            if end < bytes.count, bytes[end] == 0x20, start == 0 || bytes[start - 1] == 0x20 { end += 1 }
            else if start > 0, bytes[start - 1] == 0x20, end == bytes.count || [0x2E, 0x2C, 0x3B, 0x3A, 0x29].contains(bytes[end]) { start -= 1 }
            let before = text
            text = String(decoding: bytes[..<start] + bytes[end...], as: UTF8.self)
            kept = JustelMark.following(kept, from: before, to: text)
        }
        let words = text.trimmingSpaces
        marks = kept
        sentences = words.isEmpty ? [] : Words.sentences(words)
        return words.contains { $0.isLetter || $0.isNumber }
    }
}
