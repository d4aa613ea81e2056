/// The new text an instruction brings ("remplacé par ce qui suit : « … »", "il est inséré
/// un article 4/1 rédigé comme suit : « … »"), read into units of the model when the
/// instruction is read: an error in it is found there, at the line of the amending act.
public struct Fragment: Hashable, Sendable {
    /// What the quotation holds, as read.
    public enum Content: Hashable, Sendable {
        /// Whole articles, each with its heading ("« Art. 35. … »").
        case articles([Article])
        /// The units of one article: paragraphs, alinéas, points — for a §, an alinéa or a
        /// point replaced or inserted. An article without number holds them.
        case units(Article)
        /// A division's heading ("Section 2.1. - Accompagnement"), and the articles that
        /// follow it in the quotation.
        case division(Division, [Article])
        /// Words: a title or a heading, a sentence.
        case words(String)
        /// Text whose structure is not read (an annex, a table): its blocks only.
        case text
    }

    /// The quotation as written, one block per line (an alinéa, a `§ 2. …`, a `1° …`, an
    /// article heading), trimmed.
    public var blocks: [String]
    public var content: Content

    public init(blocks: [String], content: Content) {
        self.blocks = blocks
        self.content = content
    }

    /// The articles of the text (whole articles, or those after a division heading).
    public var articles: [Article] {
        switch content {
        case .articles(let articles): articles
        case .division(_, let articles): articles
        case .units, .words, .text: []
        }
    }

    /// The units of the text when it is one article's units.
    public var units: Article? {
        if case .units(let article) = content { return article }
        return nil
    }

    /// The words of the text, joined: a heading, a title, a sentence.
    public var words: String {
        switch content {
        case .words(let words): words
        case .division(let division, _): division.heading
        default: blocks.joined(separator: " ")
        }
    }
}
