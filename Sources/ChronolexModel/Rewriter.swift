/// Rebuilds an act unit by unit, in document order: the transforms of a tree (moving its
/// source positions, erasing them, dropping marks, putting an article's version in the
/// place of its placeholder) are rewriters, as swift-markdown's `MarkupRewriter` is.
///
/// Each `rewrite…` method returns the unit to keep in its place, or `nil` to remove it;
/// the defaults rewrite the unit's children (`rewriteChildren(of:)`) and keep it. A
/// rewriter overrides the methods of the units it changes, and calls `rewriteChildren`
/// when it wants to go on below them.
///
/// Recursion is bounded by the model, not by the input: a division only holds smaller
/// divisions (at most 8 levels) and a point only holds points of a lower level (at most 4).
public protocol ActRewriter {
    mutating func rewriteDivision(_ division: Division) -> Division?
    mutating func rewriteArticle(_ article: Article) -> Article?
    mutating func rewriteParagraph(_ paragraph: Paragraph) -> Paragraph?
    mutating func rewriteAlinea(_ alinea: Alinea) -> Alinea?
    mutating func rewritePoint(_ point: Point) -> Point?
    /// A sentence of an alinéa or point (never removed: its unit is).
    mutating func rewriteSentence(_ sentence: Sentence) -> Sentence
    /// A line of the title, the preamble or a division's introduction.
    mutating func rewriteLine(_ line: TextLine) -> TextLine
    /// A footnote under an article or a division heading; `nil` removes it.
    mutating func rewriteFootnote(_ footnote: JustelFootnote) -> JustelFootnote?
    /// A Justel marker in an alinéa or point; `nil` removes it.
    mutating func rewriteMark(_ mark: JustelMark) -> JustelMark?
}

extension ActRewriter {
    /// The act with its preamble and body rewritten.
    public mutating func rewrite(_ act: Act) -> Act {
        var result = act
        result.preamble = act.preamble.map { rewriteLine($0) }
        result.body = rewrite(act.body)
        return result
    }

    /// Divisions and articles rewritten, those rewritten to `nil` left out.
    public mutating func rewrite(_ body: [BodyElement]) -> [BodyElement] {
        var result: [BodyElement] = []
        result.reserveCapacity(body.count)
        for element in body {
            switch element {
            case .division(let division): if let kept = rewriteDivision(division) { result.append(.division(kept)) }
            case .article(let article): if let kept = rewriteArticle(article) { result.append(.article(kept)) }
            }
        }
        return result
    }

    public mutating func rewriteDivision(_ division: Division) -> Division? { rewriteChildren(of: division) }
    public mutating func rewriteArticle(_ article: Article) -> Article? { rewriteChildren(of: article) }
    public mutating func rewriteParagraph(_ paragraph: Paragraph) -> Paragraph? { rewriteChildren(of: paragraph) }
    public mutating func rewriteAlinea(_ alinea: Alinea) -> Alinea? { rewriteChildren(of: alinea) }
    public mutating func rewritePoint(_ point: Point) -> Point? { rewriteChildren(of: point) }
    public mutating func rewriteSentence(_ sentence: Sentence) -> Sentence { sentence }
    public mutating func rewriteLine(_ line: TextLine) -> TextLine { line }
    public mutating func rewriteFootnote(_ footnote: JustelFootnote) -> JustelFootnote? { footnote }
    public mutating func rewriteMark(_ mark: JustelMark) -> JustelMark? { mark }

    /// The division with its introduction, footnotes and children rewritten.
    public mutating func rewriteChildren(of division: Division) -> Division {
        var result = division
        result.intro = division.intro.map { rewriteLine($0) }
        result.footnotes = division.footnotes.compactMap { rewriteFootnote($0) }
        result.children = rewrite(division.children)
        return result
    }

    /// The article with its paragraphs and footnotes rewritten.
    public mutating func rewriteChildren(of article: Article) -> Article {
        var result = article
        result.paragraphs = article.paragraphs.compactMap { rewriteParagraph($0) }
        result.footnotes = article.footnotes.compactMap { rewriteFootnote($0) }
        return result
    }

    /// The paragraph with its alinéas rewritten.
    public mutating func rewriteChildren(of paragraph: Paragraph) -> Paragraph {
        var result = paragraph
        result.alineas = paragraph.alineas.compactMap { rewriteAlinea($0) }
        return result
    }

    /// The alinéa with its sentences, marks and enumeration rewritten.
    public mutating func rewriteChildren(of alinea: Alinea) -> Alinea {
        var result = alinea
        result.sentences = alinea.sentences.map { rewriteSentence($0) }
        result.marks = alinea.marks.compactMap { rewriteMark($0) }
        result.points = alinea.points.compactMap { rewritePoint($0) }
        return result
    }

    /// The point with its sentences, marks and sub-points rewritten.
    public mutating func rewriteChildren(of point: Point) -> Point {
        var result = point
        result.sentences = point.sentences.map { rewriteSentence($0) }
        result.marks = point.marks.compactMap { rewriteMark($0) }
        result.points = point.points.compactMap { rewritePoint($0) }
        return result
    }
}

/// Moves every source position of a tree: `map` gives each range its new value (`nil`
/// erases it). Used to give a page's lines to a text extracted from it, and to take the
/// positions off units that an instruction brings (they have no place in a source file).
public struct RangeRewriter: ActRewriter {
    let map: (SourceRange) -> SourceRange?

    public init(_ map: @escaping (SourceRange) -> SourceRange?) { self.map = map }

    /// A rewriter that erases every position.
    public static var erasing: RangeRewriter { RangeRewriter { _ in nil } }

    /// A rewriter that moves every position to another line (columns kept).
    public static func movingLines(_ line: @escaping (Int) -> Int) -> RangeRewriter {
        RangeRewriter { range in
            SourceRange(start: SourceLocation(line: line(range.start.line), column: range.start.column),
                        end: SourceLocation(line: line(range.end.line), column: range.end.column))
        }
    }

    private func moved(_ range: SourceRange?) -> SourceRange? { range.flatMap(map) }

    public mutating func rewriteDivision(_ division: Division) -> Division? {
        var result = rewriteChildren(of: division)
        result.range = moved(division.range)
        return result
    }

    public mutating func rewriteArticle(_ article: Article) -> Article? {
        var result = rewriteChildren(of: article)
        result.range = moved(article.range)
        return result
    }

    public mutating func rewriteParagraph(_ paragraph: Paragraph) -> Paragraph? {
        var result = rewriteChildren(of: paragraph)
        result.range = moved(paragraph.range)
        return result
    }

    public mutating func rewriteAlinea(_ alinea: Alinea) -> Alinea? {
        var result = rewriteChildren(of: alinea)
        result.range = moved(alinea.range)
        return result
    }

    public mutating func rewritePoint(_ point: Point) -> Point? {
        var result = rewriteChildren(of: point)
        result.range = moved(point.range)
        return result
    }

    public mutating func rewriteSentence(_ sentence: Sentence) -> Sentence { Sentence(sentence.text, range: moved(sentence.range)) }
    public mutating func rewriteLine(_ line: TextLine) -> TextLine { TextLine(line.text, range: moved(line.range)) }

    public mutating func rewriteFootnote(_ footnote: JustelFootnote) -> JustelFootnote? {
        var result = footnote
        result.range = moved(footnote.range)
        return result
    }
}

extension Act {
    /// Takes every source position off the act, in place: the act ``RangeRewriter/erasing``
    /// gives, without rebuilding each unit and its lists (the new texts of an amending act,
    /// read one by one and erased, are a tenth of what `edits` does).
    public mutating func eraseRanges() {
        for k in preamble.indices { preamble[k].range = nil }
        BodyElement.eraseRanges(&body)
    }
}

extension BodyElement {
    /// Takes every position off the elements, in place.
    static func eraseRanges(_ elements: inout [BodyElement]) {
        for k in elements.indices {
            // The element taken out of the list, an empty article in its place: the unit is
            // then held once, and changed without a copy.
            let element = elements[k]
            elements[k] = .article(Article(number: ""))
            switch consume element {
            case .article(var article):
                article.eraseRanges()
                elements[k] = .article(article)
            case .division(var division):
                division.range = nil
                for j in division.intro.indices { division.intro[j].range = nil }
                for j in division.footnotes.indices { division.footnotes[j].range = nil }
                eraseRanges(&division.children)
                elements[k] = .division(division)
            }
        }
    }
}

extension Article {
    mutating func eraseRanges() {
        range = nil
        for k in footnotes.indices { footnotes[k].range = nil }
        for k in paragraphs.indices {
            paragraphs[k].range = nil
            for j in paragraphs[k].alineas.indices { paragraphs[k].alineas[j].eraseRanges() }
        }
    }
}

extension Alinea {
    mutating func eraseRanges() {
        range = nil
        for k in sentences.indices { sentences[k].range = nil }
        for k in points.indices { points[k].eraseRanges() }
    }
}

extension Point {
    mutating func eraseRanges() {
        range = nil
        for k in sentences.indices { sentences[k].range = nil }
        for k in points.indices { points[k].eraseRanges() }
    }
}
