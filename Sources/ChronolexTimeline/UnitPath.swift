import ChronolexAmendments
import Foundation
import ChronolexModel

/// Where a unit is inside an article, as indices: paragraph, alinéa, points from the
/// outermost, sentence. Resolved from an instruction's citation against the version in
/// force, then used to read and change that version.
struct UnitPath: Hashable {
    var paragraph: Int?
    var alinea: Int?
    var points: [Int] = []
    var sentence: Int?
    /// "la phrase introductive": the unit's own words, its enumeration excluded.
    var introduction = false

    /// True when the path names a unit that holds words of its own (an alinéa or a point).
    var isTextUnit: Bool { alinea != nil }
}

/// Reading and changing the units of an article through a ``UnitPath``. Recursion goes
/// down points only, whose depth the model bounds (4 levels).
enum ArticleUnits {
    /// True when the unit at `path`, or a unit that holds it, is repealed (« (...) »).
    static func isRepealed(_ path: UnitPath, in article: Article) -> Bool {
        guard let p = path.paragraph, article.paragraphs.indices.contains(p) else { return false }
        let paragraph = article.paragraphs[p]
        if paragraph.status == .repealed { return true }
        guard let a = path.alinea, paragraph.alineas.indices.contains(a) else { return false }
        let alinea = paragraph.alineas[a]
        if alinea.status == .repealed { return true }
        var points = alinea.points
        for index in path.points {
            guard points.indices.contains(index) else { return false }
            if points[index].status == .repealed { return true }
            points = points[index].points
        }
        return false
    }

    /// Resolves the parts of a citation below the article.
    /// `acrossParagraphs`: an alinéa cited without its § in an article that has §§ is counted
    /// across the article — only for renumbering ("l'alinéa 5 devient le § 2, alinéa 1er",
    /// where the numbers are those of the text before the §§ existed); otherwise it is an
    /// error, since the citation is incomplete.
    static func resolve(_ parts: ArraySlice<UnitStep>, in article: Article, acrossParagraphs: Bool = false) -> Result<UnitPath, Reason> {
        var path = UnitPath()
        let where_ = "art. \(ArticleNumber.normalized(article.number))"
        for part in parts {
            switch part {
            case .paragraph(let number):
                let wanted = OrdinalNumber.normalized(number)
                guard let index = article.paragraphs.firstIndex(where: { $0.number.map(OrdinalNumber.normalized) == wanted }) else {
                    // Words before the first § that no § numbers (a Justel text whose "§ 1er" the reader did not see).
                    if let first = article.paragraphs.first, first.number == nil, article.paragraphs.count > 1,
                       let next = article.paragraphs[1].number, wanted == "1" {
                        let words = first.alineas.first?.text ?? ""
                        let written = ["§ 1er", "§ 1."].first { words.hasPrefix($0 + " ") || words == $0 }
                        return .failure(Reason(description: "§ \(wanted) does not exist in \(where_): the words before its § \(OrdinalNumber.normalized(next)) are numbered by no §"
                                               + (written.map { " (they begin with the words « \($0) », not read as a § number)" } ?? "")))
                    }
                    return .failure("§ \(wanted) does not exist in \(where_)")
                }
                path.paragraph = index
            case .alinea(let n), .alineaFromEnd(let n):
                let fromEnd: Bool
                if case .alineaFromEnd = part { fromEnd = true } else { fromEnd = false }
                if path.paragraph == nil {
                    if article.hasParagraphs, !acrossParagraphs {
                        return .failure("\(where_) has paragraphs; the instruction cites alinéa \(n) without its §")
                    }
                    if article.hasParagraphs {
                        // "l'alinéa 5" of an article with §§: counted across the article.
                        let all = article.paragraphs.enumerated().flatMap { p, paragraph in paragraph.alineas.indices.map { (p, $0) } }
                        let index = fromEnd ? all.count - n : n - 1
                        guard all.indices.contains(index) else { return .failure("alinéa \(n) does not exist in \(where_)") }
                        path.paragraph = all[index].0
                        path.alinea = all[index].1
                        continue
                    }
                    path.paragraph = 0
                }
                guard let p = path.paragraph, article.paragraphs.indices.contains(p) else { return .failure("\(where_) has no text") }
                let count = article.paragraphs[p].alineas.count
                let index = fromEnd ? count - n : n - 1
                guard (0..<count).contains(index) else {
                    return .failure("alinéa \(n)\(fromEnd ? " from the end" : "") does not exist in \(describe(path, of: article)) (it has \(count))")
                }
                // Counted past an alinéa that may be two: the number is uncertain.
                let counted = fromEnd ? Array(article.paragraphs[p].alineas[(index + 1)...]) : Array(article.paragraphs[p].alineas[..<index])
                if let k = counted.firstIndex(where: { lostLineBreak(in: $0) != nil }), let trace = lostLineBreak(in: counted[k]) {
                    var before = path
                    before.alinea = fromEnd ? index + 1 + k : k
                    return .failure(Reason(description: "alinéa \(n) of \(describe(path, of: article)) is counted past \(describe(before, of: article).split(separator: ",").last.map { $0.trimmingSpaces } ?? ""), which holds \(trace): the trace of a line break lost in the consolidated text, so its number is uncertain"))
                }
                path.alinea = index
            case .onlyAlinea:
                // « l'alinéa unique »: the article's (or §'s) one alinéa — it must have exactly one.
                if path.paragraph == nil {
                    if article.hasParagraphs {
                        return .failure("\(where_) has paragraphs; the instruction cites « l'alinéa unique » without its §")
                    }
                    path.paragraph = 0
                }
                guard let p = path.paragraph, article.paragraphs.indices.contains(p) else { return .failure("\(where_) has no text") }
                let count = article.paragraphs[p].alineas.count
                guard count == 1 else {
                    return .failure("the instruction says « l'alinéa unique » but \(describe(path, of: article)) has \(count) alinéas")
                }
                path.alinea = 0
            case .point(let label):
                if path.alinea == nil {
                    // "le 12°" without its alinéa: the one alinéa whose enumeration has it.
                    let paragraphs = path.paragraph.map { [$0] } ?? Array(article.paragraphs.indices)
                    var found: [(Int, Int)] = []
                    for p in paragraphs {
                        for (a, alinea) in article.paragraphs[p].alineas.enumerated() where alinea.points.contains(where: { matches($0.label, label, in: alinea.points) }) {
                            found.append((p, a))
                        }
                    }
                    guard found.count == 1 else {
                        let inline = paragraphs.lazy.flatMap { p in article.paragraphs[p].alineas.indices.map { UnitPath(paragraph: p, alinea: $0) } }
                            .map { inlineLabelNote(label, at: $0, in: article) }.first { !$0.isEmpty } ?? ""
                        return .failure(found.isEmpty ? Reason(description: "\(label.description) does not exist in \(describe(path, of: article))" + inline)
                                                      : "\(label.description) exists in \(found.count) alinéas of \(describe(path, of: article)); the instruction does not say which")
                    }
                    path.paragraph = found[0].0
                    path.alinea = found[0].1
                }
                let siblings = points(at: path, in: article)
                // « le 7° » is the 7°, not the item « 7) » beside it (2019030053, art. 51:
                // « 1) … 34) » listed under a 6°): a label of the same kind first.
                guard let index = siblings.firstIndex(where: { $0.label.kind == label.kind && matches($0.label, label, in: siblings) })
                        ?? siblings.firstIndex(where: { matches($0.label, label, in: siblings) }) else {
                    return .failure(Reason(description: "\(label.description) does not exist in \(describe(path, of: article))" + inlineLabelNote(label, at: path, in: article)))
                }
                path.points.append(index)
            case .sentence, .sentenceFromEnd:
                if path.alinea == nil {
                    guard !article.hasParagraphs || path.paragraph != nil else { return .failure("a sentence of \(where_) needs its alinéa") }
                    let p = path.paragraph ?? 0
                    guard article.paragraphs.indices.contains(p), article.paragraphs[p].alineas.count == 1 else {
                        return .failure("the instruction names a sentence but not its alinéa in \(describe(path, of: article))")
                    }
                    path.paragraph = p
                    path.alinea = 0
                }
                let found = sentences(at: path, in: article)
                let count = found.count
                // « la dernière phrase »: counted from the end, once the sentences are known.
                let n: Int
                switch part {
                case .sentenceFromEnd(let j):
                    guard j <= count else { return .failure("the instruction counts \(j) sentence(s) from the end of \(describe(path, of: article)), which has \(count)") }
                    n = count - j + 1
                case .sentence(let k): n = k
                default: n = 0
                }
                // An initialism followed by a capital in the sentences counted (« S.P.F.
                // Economie », « … au M.B. Il … »): whether it ends a sentence cannot be told,
                // so neither can which sentence the instruction names (look 29).
                if let initialism = found.prefix(n == 0 || part != .sentence(n) ? count : min(n, count)).lazy.compactMap({ SentenceSplitter.ambiguousInitialism(in: $0.text) }).first {
                    return .failure(Reason(description: "sentences cannot be counted in \(describe(path, of: article)): whether « \(initialism) » followed by a capital ends a sentence cannot be told"))
                }
                if n == 0 {
                    // "la phrase": the unit must have exactly one.
                    guard count == 1 else {
                        return .failure("the instruction says « la phrase » but \(describe(path, of: article)) has \(count) sentences")
                    }
                    path.sentence = 0
                    continue
                }
                guard (1...max(count, 1)).contains(n), n <= count else {
                    return .failure("sentence \(n) does not exist in \(describe(path, of: article)) (it has \(count))")
                }
                path.sentence = n - 1
            case .introduction:
                if path.alinea == nil {
                    // "Dans l'article 1er, dans la phrase introductive": the article's (or §'s) one alinéa.
                    let p = path.paragraph ?? 0
                    guard !article.hasParagraphs || path.paragraph != nil, article.paragraphs.indices.contains(p),
                          article.paragraphs[p].alineas.count == 1 else {
                        return .failure("the instruction names an introductory phrase but not its alinéa in \(describe(path, of: article))")
                    }
                    path.paragraph = p
                    path.alinea = 0
                }
                // Only an alinéa or point that introduces an enumeration has one.
                guard !points(at: path, in: article).isEmpty else {
                    return .failure(Reason(description: "\(describe(path, of: article)) introduces no enumeration, so it has no introductory phrase"
                                    + inlineLabelNote(PointLabel(kind: .degree, value: "1"), at: path, in: article)))
                }
                path.introduction = true
            case .definition(let term):
                // The one alinéa or point (at any depth) under the path whose words begin with the term.
                var found: [UnitPath] = []
                func visit(_ points: [Point], _ at: UnitPath) {
                    for (index, point) in points.enumerated() {
                        var inner = at
                        inner.points.append(index)
                        if defines(point.sentences.map(\.text).joined(separator: " "), term) { found.append(inner) }
                        visit(point.points, inner)
                    }
                }
                let paragraphs = path.paragraph.map { [$0] } ?? Array(article.paragraphs.indices)
                for p in paragraphs {
                    let alineas = path.alinea.map { [$0] } ?? Array(article.paragraphs[p].alineas.indices)
                    for a in alineas {
                        let alinea = article.paragraphs[p].alineas[a]
                        let at = UnitPath(paragraph: p, alinea: a)
                        if path.alinea == nil, defines(alinea.sentences.map(\.text).joined(separator: " "), term) { found.append(at) }
                        visit(alinea.points, at)
                    }
                }
                guard found.count == 1 else {
                    return .failure(found.isEmpty ? Reason(description: "no definition of « \(term) » in \(describe(path, of: article)): no alinéa or point begins with those words")
                                                  : Reason(description: "« \(term) » begins \(found.count) units of \(describe(path, of: article)); the instruction does not say which"))
                }
                path = found[0]
            case .article, .division, .namedDivision, .annex, .item, .heading:
                return .failure("\(part.description) cannot stand inside an article")
            case .entry, .field:
                return .failure("\(part.description): the entries of a list and their fields are not units Chronolex locates yet")
            }
        }
        return .success(path)
    }

    /// True when `text` defines `term`: it begins with the term (after an opening quotation
    /// mark, in any case), and a word does not go on after it ("« ministre » : …",
    /// "ministre: …", "le ministre, …").
    static func defines(_ text: String, _ term: String) -> Bool {
        let quotes: Set<Character> = ["«", "»", "\"", "“", "”", "'", "‘", "’", "`", " ", "\u{00A0}"]
        let words = Folding.fold(String(text.drop { quotes.contains($0) })).lowercased()
        let wanted = Folding.fold(term.trimmingCharacters(in: .whitespaces)).lowercased()
        guard !wanted.isEmpty, words.hasPrefix(wanted) else { return false }
        guard let next = words.dropFirst(wanted.count).first else { return true }
        return !next.isLetter && !next.isNumber
    }

    /// Two sentences of an alinéa printed on one line of the source two spaces apart
    /// (« … y assimilé.  A cette fin, … »): in a Justel consolidation, the trace of a line
    /// break lost in conversion, so the "alinéa" may be two. Described for messages
    /// (`« …est ici. » and « Le deuxième alinéa … » on one line, two spaces apart`); `nil`
    /// when there is none. Only sentences read from a source have ranges.
    static func lostLineBreak(in alinea: Alinea) -> String? {
        for (a, b) in zip(alinea.sentences, alinea.sentences.dropFirst()) {
            guard let end = a.range?.end, let start = b.range?.start, end.line == start.line, start.column - end.column == 2 else { continue }
            let tail = a.text.split(separator: " ").suffix(3).joined(separator: " ")
            let head = b.text.split(separator: " ").prefix(3).joined(separator: " ")
            return "« …\(tail) » and « \(head) … » on one line, two spaces apart"
        }
        return nil
    }

    /// When a unit without points holds the label in its words (`… remplies :  1° les
    /// places …`): an enumeration printed on one line, which the reader kept as words. Said
    /// in the message, never repaired here.
    static func inlineLabelNote(_ label: PointLabel, at path: UnitPath, in article: Article) -> String {
        guard path.alinea != nil, points(at: path, in: article).isEmpty else { return "" }
        let text = sentences(at: path, in: article).map(\.text).joined(separator: " ")
        let written = label.description
        guard text.hasPrefix(written + " ") || text.contains(" " + written + " ") else { return "" }
        return ": « \(written) » stands inside its words, an enumeration printed on one line, not read as points"
    }

    /// `2°` matches `2°`; `i)` matches a letter or a roman `i)`; a dash by its position.
    static func matches(_ label: PointLabel, _ wanted: PointLabel, in siblings: [Point]) -> Bool {
        switch (label.kind, wanted.kind) {
        case (.degree, .degree), (.number, .number), (.degree, .number), (.number, .degree):
            // `1°/1` and `1/1°`: one point, the sign written before or after the slash.
            if label.value.contains("°") || wanted.value.contains("°") {
                return label.value.replacingOccurrences(of: "°", with: "") == wanted.value.replacingOccurrences(of: "°", with: "")
            }
            return OrdinalNumber.normalized(label.value) == OrdinalNumber.normalized(wanted.value)
        case (.letter, .letter), (.letter, .roman), (.roman, .letter), (.roman, .roman): return label.value == wanted.value
        case (.dash, .dash): return label.value == wanted.value
        default: return false
        }
    }

    /// The canonical address of a path, for messages and outcomes.
    static func describe(_ path: UnitPath, of article: Article) -> String {
        var address = Address(article: article.number)
        if let p = path.paragraph, article.hasParagraphs, article.paragraphs.indices.contains(p) {
            address.paragraph = article.paragraphs[p].number.map { OrdinalNumber.normalized($0) }
        }
        if let p = path.paragraph, let a = path.alinea, article.paragraphs.indices.contains(p) {
            if article.paragraphs[p].alineas.count > 1 { address.alinea = a + 1 }
            var points = article.paragraphs[p].alineas.indices.contains(a) ? article.paragraphs[p].alineas[a].points : []
            for index in path.points where points.indices.contains(index) {
                address.points.append(points[index].label)
                points = points[index].points
            }
        }
        if let s = path.sentence { address.sentence = s + 1 }
        return address.description + (path.introduction ? ", phrase introductive" : "")
    }

    // MARK: Reading

    static func points(at path: UnitPath, in article: Article) -> [Point] {
        guard let p = path.paragraph, let a = path.alinea else { return [] }
        var points = article.paragraphs[p].alineas[a].points
        for index in path.points { points = points[index].points }
        return points
    }

    static func sentences(at path: UnitPath, in article: Article) -> [Sentence] {
        guard let p = path.paragraph, let a = path.alinea else { return [] }
        let alinea = article.paragraphs[p].alineas[a]
        guard let first = path.points.first else { return alinea.sentences }
        var point = alinea.points[first]
        for index in path.points.dropFirst() { point = point.points[index] }
        return point.sentences
    }

    // MARK: Changing

    /// The words, enumeration and status of an alinéa or a point, moved out of the
    /// article while they change (so that nothing is copied on write).
    struct Content {
        var sentences: [Sentence]
        var points: [Point]
        var status: UnitStatus
        /// Justel's markers on the unit's words (offsets into its text).
        var marks: [JustelMark]
    }

    /// Runs `body` on the content of the alinéa or point at `path`.
    static func modifyUnit(_ article: inout Article, _ path: UnitPath, _ body: (inout Content) -> Void) {
        guard let p = path.paragraph, let a = path.alinea else { return }
        if path.points.isEmpty {
            modify(&article.paragraphs[p].alineas[a], body)
        } else {
            modifyPoint(&article.paragraphs[p].alineas[a].points, path.points[...], body)
        }
    }

    private static func modifyPoint(_ points: inout [Point], _ path: ArraySlice<Int>, _ body: (inout Content) -> Void) {
        guard let first = path.first else { return }
        if path.count == 1 {
            modify(&points[first], body)
        } else {
            modifyPoint(&points[first].points, path.dropFirst(), body)
        }
    }

    /// Moves the unit's content out (leaving empty arrays, so that the content is uniquely
    /// referenced while `body` changes it), then back.
    private static func modify<Unit: TextUnit>(_ unit: inout Unit, _ body: (inout Content) -> Void) {
        var content = Content(sentences: unit.sentences, points: unit.points, status: unit.status, marks: unit.marks)
        unit.sentences = []
        unit.points = []
        body(&content)
        unit.marks = content.marks
        unit.sentences = content.sentences
        unit.points = content.points
        unit.status = content.status
    }

    /// Every alinéa and point (the units with words) inside the unit at `path` (the whole
    /// article when the path is empty), in document order.
    static func textUnits(under path: UnitPath, in article: Article) -> [UnitPath] {
        var result: [UnitPath] = []
        let paragraphs = path.paragraph.map { [$0] } ?? Array(article.paragraphs.indices)
        for p in paragraphs {
            let alineas = path.alinea.map { [$0] } ?? Array(article.paragraphs[p].alineas.indices)
            for a in alineas {
                var start = UnitPath(paragraph: p, alinea: a)
                start.points = path.alinea == nil ? [] : path.points
                // Depth-first over the enumeration, with an explicit stack.
                var stack = [start]
                while let unit = stack.popLast() {
                    result.append(unit)
                    let children = points(at: unit, in: article)
                    for index in children.indices.reversed() {
                        var child = unit
                        child.points.append(index)
                        stack.append(child)
                    }
                }
            }
        }
        return result
    }
}

/// Why a unit or a new text could not be found or read, in words for the jurist.
struct Reason: Error, CustomStringConvertible, ExpressibleByStringInterpolation {
    var description: String
    init(stringLiteral value: String) { description = value }
    init(description: String) { self.description = description }
    init(stringInterpolation: DefaultStringInterpolation) { description = String(stringInterpolation: stringInterpolation) }
}

/// The units that hold words of their own and an enumeration: alinéas and points.
protocol TextUnit {
    var sentences: [Sentence] { get set }
    var points: [Point] { get set }
    var status: UnitStatus { get set }
    var marks: [JustelMark] { get set }
}

extension Alinea: TextUnit {}
extension Point: TextUnit {}
