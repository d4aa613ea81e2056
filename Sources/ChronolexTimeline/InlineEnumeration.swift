import ChronolexAmendments
import ChronolexModel

/// An enumeration printed on one line in a Justel consolidation — « … les conditions
/// suivantes soient remplies :  1° les places … complète.  2° les accueillants … » — the
/// trace of line breaks lost when the text was converted. The reader keeps such words as
/// they stand (an alinéa without points). When an instruction names one of its points or
/// its introductory phrase, units that exist only if those traces are line breaks, the
/// unit is read so — its introductory phrase, then its points — the instruction applied,
/// and a warning names the place (issue 13, class 6). Nothing is split otherwise.
///
/// A label counts only where a line break was lost: `1°` after a colon, each next label
/// (`2°`, `3°`, … in order, none missing) after a `;` or `.` or two spaces; at least two
/// points. « visée au 2° » inside a point's words is not a label.
enum InlineEnumeration {
    /// A point found in the words: its label and the UTF-8 offsets of its words (label excluded).
    struct Piece: Equatable {
        var label: PointLabel
        var start: Int
        var end: Int
    }

    /// The end of the introductory phrase (UTF-8 offset) and the points printed on one line
    /// in `text`, or `nil` when the words hold no such enumeration.
    ///
    /// - Complexity: O(n) in the length of the text.
    static func pieces(in text: String) -> (introductionEnd: Int, points: [Piece])? {
        let bytes = Array(text.utf8)
        var labels: [(start: Int, end: Int)] = []   // label's bytes, "12°"
        var next = 1
        var index = 0
        while index < bytes.count {
            guard let found = label(next, in: bytes, from: index, first: next == 1) else { break }
            labels.append(found)
            index = found.end
            next += 1
        }
        guard labels.count >= 2 else { return nil }
        var points: [Piece] = []
        for (k, label) in labels.enumerated() {
            let end = k + 1 < labels.count ? labels[k + 1].start : bytes.count
            let (start, stop) = trimmed(bytes, label.end, end)
            guard start < stop else { return nil }
            points.append(Piece(label: PointLabel(kind: .degree, value: String(k + 1)), start: start, end: stop))
        }
        let introductionEnd = trimmed(bytes, 0, labels[0].start).1
        guard introductionEnd > 0 else { return nil }
        return (introductionEnd, points)
    }

    /// The first `n°` from `from` that stands where a line break was lost.
    private static func label(_ n: Int, in bytes: [UInt8], from: Int, first: Bool) -> (start: Int, end: Int)? {
        let digits = Array(String(n).utf8)
        let degree: [UInt8] = [0xC2, 0xB0]   // "°"
        let space = UInt8(ascii: " ")
        var i = from
        while i + digits.count + 2 < bytes.count {
            defer { i += 1 }
            guard bytes[i] == digits[0], Array(bytes[i ..< i + digits.count]) == digits,
                  Array(bytes[i + digits.count ..< i + digits.count + 2]) == degree else { continue }
            let after = i + digits.count + 2
            guard after < bytes.count, bytes[after] == space else { continue }
            // What stands before: spaces, then the mark that ends what precedes.
            var j = i
            var spaces = 0
            while j > 0, bytes[j - 1] == space { j -= 1; spaces += 1 }
            guard spaces >= 1, j > 0 else { continue }
            let mark = bytes[j - 1]
            if first {
                if mark == UInt8(ascii: ":") { return (i, after) }
            } else if mark == UInt8(ascii: ";") || mark == UInt8(ascii: ".") || spaces >= 2 {
                return (i, after)
            }
        }
        return nil
    }

    private static func trimmed(_ bytes: [UInt8], _ start: Int, _ end: Int) -> (Int, Int) {
        var (s, e) = (start, end)
        while s < e, bytes[s] == UInt8(ascii: " ") { s += 1 }
        while e > s, bytes[e - 1] == UInt8(ascii: " ") { e -= 1 }
        return (s, e)
    }

    /// Resolves `steps` in `article`; where they fail at a point or an introductory phrase
    /// of a unit whose enumeration is printed on one line, and resolve once that unit is
    /// read as introductory phrase and points, returns the article so read, the path, and
    /// the warning that says it. `nil` otherwise (the first failure stands).
    static func repairing(_ steps: ArraySlice<UnitStep>, in article: Article, acrossParagraphs: Bool) -> (article: Article, path: UnitPath, note: String)? {
        var prefix = steps.startIndex
        while prefix < steps.endIndex {
            if case .failure = ArticleUnits.resolve(steps[steps.startIndex ... prefix], in: article, acrossParagraphs: acrossParagraphs) { break }
            prefix += 1
        }
        guard prefix < steps.endIndex else { return nil }
        switch steps[prefix] {
        case .point, .introduction: break
        default: return nil
        }
        guard case .success(let above) = ArticleUnits.resolve(steps[steps.startIndex ..< prefix], in: article, acrossParagraphs: acrossParagraphs),
              above.sentence == nil, !above.introduction else { return nil }
        // The unit named, or — "le 1°" of an article or § cited without its alinéa — the one
        // alinéa under it that holds such an enumeration.
        let candidates = above.alinea != nil ? [above] : ArticleUnits.textUnits(under: above, in: article).filter { $0.points.isEmpty }
        let found = candidates.compactMap { unit -> (UnitPath, String, (introductionEnd: Int, points: [Piece]))? in
            guard ArticleUnits.points(at: unit, in: article).isEmpty else { return nil }
            let text = ArticleUnits.sentences(at: unit, in: article).map(\.text).joined(separator: " ")
            return pieces(in: text).map { (unit, text, $0) }
        }
        guard found.count == 1 else { return nil }
        let (unit, text, (introductionEnd, points)) = found[0]
        var repaired = article
        ArticleUnits.modifyUnit(&repaired, unit) { content in
            let bytes = Array(text.utf8)
            func words(_ start: Int, _ end: Int) -> String { String(decoding: bytes[start ..< end], as: UTF8.self) }
            let marks = content.marks
            content.sentences = Words.sentences(words(0, introductionEnd))
            content.marks = clip(marks, 0, introductionEnd)
            content.points = points.map { piece in
                var point = Point(label: piece.label, sentences: Words.sentences(words(piece.start, piece.end)), status: content.status)
                point.marks = clip(marks, piece.start, piece.end)
                return point
            }
        }
        guard case .success(let path) = ArticleUnits.resolve(steps, in: repaired, acrossParagraphs: acrossParagraphs) else { return nil }
        let bytes = Array(text.utf8)
        let before = String(decoding: bytes[..<introductionEnd], as: UTF8.self).split(separator: " ").suffix(3).joined(separator: " ")
        let after = String(decoding: bytes[points[0].start ..< points[0].end], as: UTF8.self).split(separator: " ").prefix(3).joined(separator: " ")
        let note = "\(ArticleUnits.describe(unit, of: article)) holds an enumeration printed on one line (« …\(before)  1° \(after) … »), "
            + "the trace of line breaks lost in the consolidated text: read as its introductory phrase and points 1° to \(points.count)°, which the instruction names"
        return (repaired, path, note)
    }

    /// The marks over the words `start..<end`, counted from `start`.
    private static func clip(_ marks: [JustelMark], _ start: Int, _ end: Int) -> [JustelMark] {
        marks.compactMap { mark in
            let s = max(mark.start, start), e = min(mark.end, end)
            guard e > s || (mark.start == mark.end && mark.start >= start && mark.start <= end) else { return nil }
            return JustelMark(footnote: mark.footnote, start: s - start, end: max(s, e) - start)
        }
    }
}
