import ChronolexModel

extension SourceRange {
    /// The range with its lines moved by `map` (columns kept).
    func mappingLines(_ map: (Int) -> Int) -> SourceRange {
        SourceRange(start: SourceLocation(line: map(start.line), column: start.column),
                    end: SourceLocation(line: map(end.line), column: end.column))
    }
}

extension Act {
    /// Moves every source position of the tree to another line: a reader that reads text
    /// extracted from a page (HTML) gives the page's lines, not the extracted text's.
    ///
    /// - Complexity: O(n) in the number of units. The recursion over divisions and points
    ///   is bounded by the model (8 levels of divisions, 4 of points), not by the input.
    mutating func mapLines(_ map: (Int) -> Int) {
        preamble = preamble.map { $0.mappingLines(map) }
        body = body.map { $0.mappingLines(map) }
    }
}

extension TextLine {
    func mappingLines(_ map: (Int) -> Int) -> TextLine {
        TextLine(text, range: range?.mappingLines(map))
    }
}

extension BodyElement {
    func mappingLines(_ map: (Int) -> Int) -> BodyElement {
        switch self {
        case .article(let article):
            return .article(article.mappingLines(map))
        case .division(var division):
            // Divisions nest at most a few levels (the model bounds them): recursion here
            // is bounded by DivisionKind's ranks, not by the input.
            division.range = division.range?.mappingLines(map)
            division.intro = division.intro.map { $0.mappingLines(map) }
            division.children = division.children.map { $0.mappingLines(map) }
            return .division(division)
        }
    }
}

extension Article {
    func mappingLines(_ map: (Int) -> Int) -> Article {
        var article = self
        article.range = range?.mappingLines(map)
        article.footnotes = footnotes.map { note in
            var moved = note
            moved.range = note.range?.mappingLines(map)
            return moved
        }
        for p in article.paragraphs.indices {
            article.paragraphs[p].range = article.paragraphs[p].range?.mappingLines(map)
            for a in article.paragraphs[p].alineas.indices {
                var alinea = article.paragraphs[p].alineas[a]
                alinea.range = alinea.range?.mappingLines(map)
                alinea.sentences = alinea.sentences.map { Sentence($0.text, range: $0.range?.mappingLines(map)) }
                alinea.points = alinea.points.map { $0.mappingLines(map) }
                article.paragraphs[p].alineas[a] = alinea
            }
        }
        return article
    }
}

extension Point {
    func mappingLines(_ map: (Int) -> Int) -> Point {
        var point = self
        point.range = range?.mappingLines(map)
        point.sentences = sentences.map { Sentence($0.text, range: $0.range?.mappingLines(map)) }
        point.points = points.map { $0.mappingLines(map) }
        return point
    }
}
