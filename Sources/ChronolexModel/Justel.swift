/// A footnote Justel prints under an article of a consolidated text:
/// `(1)<AR 2024-03-06/04, art. 3, 005; En vigueur : 25-04-2024>`, or with a verb
/// (`Inséré par`, `Abrogé par`, `Remplacé par`). It names the amending act that wrote
/// the words marked `[1 … ]1` in the article.
public struct JustelFootnote: Hashable, Sendable {
    /// The number the markers use (`1` for `[1 … ]1`).
    public var number: Int
    /// The note as printed between `<` and `>`.
    public var text: String
    /// `Inséré par`, `Abrogé par`, `Remplacé par`, `Modifié par`, when said.
    public var verb: String?
    /// The kind of amending act as Justel abbreviates it (`L`, `AR`, `ACG`, `DCFR`, `W`, `KB`…).
    public var kind: String?
    /// The amending act's dossier number (`2024-03-06/04`).
    public var dossier: String?
    /// Its article (`3`).
    public var article: String?
    /// The rank of the amendment in the base act's history (`005`).
    public var sequence: String?
    /// Its entry into force (`En vigueur : 25-04-2024`).
    public var entryIntoForce: LegalDate?
    public var range: SourceRange?

    public init(number: Int, text: String, range: SourceRange? = nil) {
        self.number = number
        self.text = text
        self.range = range
        Self.read(text, into: &self)
    }

    /// The verbs Justel puts before a note's act, in French and Dutch.
    public static let verbs = ["Inséré par", "Abrogé par", "Remplacé par", "Modifié par", "Ingevoegd bij", "Opgeheven bij", "Vervangen bij", "Gewijzigd bij"]

    /// True for Justel's bare note of repeal (`Abrogé par ACG 2023-12-14/64, art. 109, …`),
    /// printed without a number under an article it shows repealed.
    public static func isRepealNote(_ text: String) -> Bool {
        ["Abrogé par ", "Opgeheven bij "].contains { text.hasPrefix($0) }
    }

    /// Reads `[Verb par ]KIND DOSSIER, art. N, SEQ; En vigueur : dd-mm-yyyy` as far as it goes.
    static func read(_ text: String, into note: inout JustelFootnote) {
        var body = Substring(text)
        for verb in verbs where body.hasPrefix(verb) {
            note.verb = verb
            body = body.dropFirst(verb.count).drop { $0 == " " }
        }
        let parts = body.split(separator: ";", maxSplits: 1)
        let citation = parts.first.map { $0.split(separator: ",").map { $0.trimmingSpaces } } ?? []
        if let first = citation.first {
            let words = first.split(separator: " ", maxSplits: 1)
            if words.count == 2 {
                note.kind = String(words[0])
                note.dossier = String(words[1])
            }
        }
        if citation.count > 1, citation[1].hasPrefix("art. ") { note.article = String(citation[1].dropFirst(5)) }
        if citation.count > 2 { note.sequence = citation[2] }
        if parts.count == 2, let colon = parts[1].firstIndex(of: ":") {
            note.entryIntoForce = LegalDate(String(parts[1][parts[1].index(after: colon)...]).trimmingSpaces)
        }
    }
}

/// A span of a unit's words that Justel marks `[1 … ]1`: words written by the amendment
/// of footnote 1. Offsets are in UTF-8 bytes of the unit's text (its sentences joined by
/// a space); a repealed unit marked `[1 (...)]1` has an empty span.
public struct JustelMark: Hashable, Sendable {
    public var footnote: Int
    public var start: Int
    public var end: Int

    public init(footnote: Int, start: Int, end: Int) {
        self.footnote = footnote
        self.start = start
        self.end = end
    }

    /// Justel's marks of a unit cut where they cross the spans of words a later act wrote
    /// (`others`): words the act replaced are its own, so a mark that ran into them ends
    /// before them, one that ran out of them starts after them, the spaces between left out
    /// (look 31: `[2 … [3 du Code …]2, [1 ou qui …]3 …]1`). Marks that hold the act's words,
    /// or lie inside them, nest and stay.
    ///
    /// - Complexity: O(m × k) in the number of marks.
    public static func cut(_ marks: [JustelMark], around others: [JustelMark], in text: String) -> [JustelMark] {
        let bytes = Array(text.utf8)
        return marks.map { mark in
            var cut = mark
            for other in others where other.start < other.end {
                if cut.start < other.start, other.start < cut.end, cut.end < other.end {
                    cut.end = other.start
                    while cut.end > cut.start, bytes[cut.end - 1] == 0x20 { cut.end -= 1 }
                } else if other.start < cut.start, cut.start < other.end, other.end < cut.end {
                    cut.start = other.end
                    while cut.start < cut.end, bytes[cut.start] == 0x20 { cut.start += 1 }
                }
            }
            return cut
        }
    }

    /// The marks of a text that changed from `old` to `new`, following the words they mark:
    /// the change is the span between the longest common start and end of the two texts;
    /// a mark before it stays, one after it moves by the change of length, one that
    /// overlaps it keeps its start and ends with it (a mark inside the words removed goes).
    ///
    /// - Complexity: O(n) in the length of the texts.
    public static func following(_ marks: [JustelMark], from old: String, to new: String) -> [JustelMark] {
        let a = Array(old.utf8)
        let b = Array(new.utf8)
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
        let oldEnd = a.count - suffix
        let delta = b.count - a.count
        return marks.compactMap { mark in
            var moved = mark
            if mark.end <= prefix { return mark }
            if mark.start >= oldEnd { moved.start += delta; moved.end += delta; return moved }
            if mark.start >= prefix, mark.end <= oldEnd, mark.end > mark.start { return nil }
            moved.end = mark.end >= oldEnd ? mark.end + delta : max(mark.start, prefix)
            moved.start = min(moved.start, moved.end)
            return moved
        }
    }
}

extension JustelMark {
    /// What a renderer writes at one place of a unit's words: a mark's closing (`rank` 0), the
    /// place of deleted words (1) or a mark's opening (2), `width` the mark's length, `order`
    /// its rank among the unit's marks.
    public typealias Event = (offset: Int, rank: Int, width: Int, order: Int)

    /// The order Justel prints marks in (the `justel` format and the HTML page alike): by
    /// place; at one place, closings first (the innermost first), then the places of deleted
    /// words, then openings (the widest first).
    public static func printsBefore(_ a: Event, _ b: Event) -> Bool {
        if a.offset != b.offset { return a.offset < b.offset }
        if a.rank != b.rank { return a.rank < b.rank }
        if a.rank == 2 { return a.width != b.width ? a.width > b.width : a.order < b.order }
        return a.width != b.width ? a.width < b.width : a.order > b.order
    }
}
