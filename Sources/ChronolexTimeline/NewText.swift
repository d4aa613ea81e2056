import ChronolexModel
import ChronolexReaders

/// Reads the new text of an instruction — blocks quoted after "rédigé comme suit :" —
/// into units, with the same reader as whole acts, so that `§ 2 - …`, `11° …`,
/// `Art. 155.1 - …` and several alinéas are understood exactly as in an act.
enum NewText {
    /// The blocks as articles: one when they carry no heading (numbered `number`), or
    /// as many as their headings say (`Art. 14. …`, `Art. 15. …`).
    static func articles(_ blocks: [String], number: String) -> Result<[Article], Reason> {
        guard !blocks.isEmpty else { return .failure("the instruction gives no new text") }
        var lines = blocks
        if !startsWithArticleHeading(lines[0]) {
            lines[0] = "**Art. \(number).** " + lines[0]
        }
        // An empty front matter makes the text markdown (`1.` read as `1°`, as in acts).
        let text = "---\n---\n\n" + lines.joined(separator: "\n\n") + "\n"
        let result = ActReader.read(text: text, file: "new text")
        if let error = result.diagnostics.first(where: { $0.severity == .error }) {
            return .failure(Reason(stringLiteral: "the new text cannot be read: \(error.message)"))
        }
        guard let act = result.act, !act.articles.isEmpty else { return .failure("the new text holds no unit") }
        return .success(act.articles.map(withoutRanges))
    }

    /// The blocks as one article's units (for a §, alinéa or point that is replaced or inserted).
    static func units(_ blocks: [String]) -> Result<Article, Reason> {
        articles(blocks, number: "0").flatMap { articles in
            articles.count == 1 ? .success(articles[0]) : .failure("the new text holds \(articles.count) articles where one unit was expected")
        }
    }

    /// A division heading (`Section 2.1. - Accompagnement`), and the articles that follow it
    /// in the new text, if any.
    static func division(_ blocks: [String]) -> Result<(division: Division, articles: [Article]), Reason> {
        guard let first = blocks.first else { return .failure("the instruction gives no heading") }
        let rest = blocks.dropFirst().joined(separator: "\n\n")
        let body = rest.isEmpty ? "**Art. 0.** -" : rest
        let result = ActReader.read(text: "---\n---\n\n## " + first + "\n\n" + body + "\n", file: "new text")
        guard let act = result.act, case .division(var division)? = act.body.first, division.kind != .other else {
            return .failure(Reason(stringLiteral: "'\(first)' is not a division heading"))
        }
        let articles = rest.isEmpty ? [] : act.articles.map(withoutRanges)
        division.children = []
        division.range = nil
        return .success((division, articles))
    }

    static func startsWithArticleHeading(_ block: String) -> Bool {
        block.hasPrefix("Art. ") || block.hasPrefix("Article ") || block.hasPrefix("Artikel ") || block.hasPrefix("**Art")
    }

    /// Units built from an instruction have no place in a source file.
    static func withoutRanges(_ article: Article) -> Article {
        var article = article
        article.range = nil
        for p in article.paragraphs.indices {
            article.paragraphs[p].range = nil
            for a in article.paragraphs[p].alineas.indices {
                article.paragraphs[p].alineas[a].range = nil
                article.paragraphs[p].alineas[a].sentences = article.paragraphs[p].alineas[a].sentences.map { Sentence($0.text) }
                article.paragraphs[p].alineas[a].points = article.paragraphs[p].alineas[a].points.map(withoutRanges)
            }
        }
        return article
    }

    static func withoutRanges(_ point: Point) -> Point {
        var point = point
        point.range = nil
        point.sentences = point.sentences.map { Sentence($0.text) }
        point.points = point.points.map(withoutRanges)
        return point
    }
}
