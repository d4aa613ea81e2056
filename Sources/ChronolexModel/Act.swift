/// An act as published or as consolidated: its metadata, the lines before its first
/// article (title, preamble), and its dispositif — divisions and articles in the order
/// of the text.
///
/// All units are value types: a version of an act is a value, and changing a copy
/// leaves the original as it was.
public struct Act: Hashable, Sendable {
    public var metadata: ActMetadata
    /// The lines before the first division or article (title, `Vu …;`, `Arrête :`).
    public var preamble: [TextLine]
    /// Divisions and articles, in the order of the text.
    public var body: [BodyElement]
    /// The file the act was read from, if any.
    public var file: String?

    public init(metadata: ActMetadata = ActMetadata(), preamble: [TextLine] = [], body: [BodyElement] = [], file: String? = nil) {
        self.metadata = metadata
        self.preamble = preamble
        self.body = body
        self.file = file
    }

    /// Every article, in the order of the text, whatever division holds it.
    ///
    /// - Complexity: O(n) in the number of divisions and articles.
    public var articles: [Article] { BodyElement.articles(in: body) }
}

extension BodyElement {
    /// Every article of `body`, in the order of the text, whatever division holds it.
    ///
    /// - Complexity: O(n) in the number of divisions and articles.
    public static func articles(in body: [BodyElement]) -> [Article] {
        var result: [Article] = []
        var stack: [ArraySlice<BodyElement>] = [body[...]]
        while var top = stack.popLast() {
            guard let element = top.popFirst() else { continue }
            stack.append(top)
            switch element {
            case .article(let article): result.append(article)
            case .division(let division): stack.append(division.children[...])
            }
        }
        return result
    }

    /// The numbers of the articles of `body` as cited (``ArticleNumber/normalized(_:)``), in
    /// the order of the text.
    public static func articleNumbers(in body: [BodyElement]) -> [String] {
        articles(in: body).map { ArticleNumber.normalized($0.number) }
    }
}

/// A line of text outside the dispositif (title, preamble), kept as written.
public struct TextLine: Hashable, Sendable {
    public var text: String
    public var range: SourceRange?
    public init(_ text: String, range: SourceRange? = nil) {
        self.text = text
        self.range = range
    }
}

/// A member of an act's body, or of a division: a division or an article.
///
/// A division is boxed (`indirect`): an article, far the more frequent, then takes the
/// size of an article, not of a division.
public enum BodyElement: Hashable, Sendable {
    indirect case division(Division)
    case article(Article)
}

/// The kinds of division, largest first, with their French and Dutch names.
/// A division can only hold divisions of a smaller kind.
public enum DivisionKind: String, Sendable, Hashable, CaseIterable {
    case livre, partie, titre, chapitre, section, sousSection = "sous-section", annexe
    /// A heading the reader could not name (a markdown heading with another word).
    case other

    /// Larger divisions have smaller ranks. An annex stands beside the dispositif.
    public var rank: Int {
        switch self {
        case .annexe: 0
        case .livre: 0
        case .partie: 1
        case .titre: 2
        case .chapitre: 3
        case .section: 4
        case .sousSection: 5
        case .other: 6
        }
    }

    /// The name a French text gives it (`Chapitre`).
    public var frenchName: String {
        switch self {
        case .livre: "Livre"
        case .partie: "Partie"
        case .titre: "Titre"
        case .chapitre: "Chapitre"
        case .section: "Section"
        case .sousSection: "Sous-section"
        case .annexe: "Annexe"
        case .other: ""
        }
    }

    /// The kind a heading's first word names, in French or Dutch (`CHAPITRE`, `Hoofdstuk`).
    public static func named(_ word: String) -> DivisionKind? {
        switch word.folded {
        case "livre", "boek": .livre
        case "partie", "deel": .partie
        case "titre", "titel": .titre
        case "chapitre", "hoofdstuk": .chapitre
        case "section", "afdeling": .section
        case "sous-section", "onderafdeling": .sousSection
        case "annexe", "bijlage": .annexe
        default: nil
        }
    }
}

/// A division of an act (`Livre`, `Titre`, `Chapitre`, `Section`, `Sous-section`,
/// `Annexe`): a number, a heading, and the divisions and articles it holds.
public struct Division: Hashable, Sendable {
    public var kind: DivisionKind
    /// The word the text uses (`CHAPITRE`, `Chapitre`, `Hoofdstuk`), kept for rendering.
    public var word: String
    /// The number as written (`Ier`, `1er`, `II`, `2.1`), or empty (`Annexe.`).
    public var number: String
    /// The heading after the number (`Règles applicables`), or empty.
    public var heading: String
    /// Lines between the heading and the division's first article (rare; not law).
    public var intro: [TextLine] = []
    /// In a Justel consolidation, the footnotes under the heading: the act that inserted or
    /// replaced the division (`Inséré par AR 2024-03-06/04, art. 2, …`).
    public var footnotes: [JustelFootnote] = []
    public var children: [BodyElement]
    public var status: UnitStatus
    public var range: SourceRange?

    public init(kind: DivisionKind, word: String? = nil, number: String, heading: String,
                children: [BodyElement] = [], status: UnitStatus = .inForce, range: SourceRange? = nil) {
        self.kind = kind
        self.word = word ?? kind.frenchName
        self.number = number
        self.heading = heading
        self.children = children
        self.status = status
        self.range = range
    }

    /// The heading line as the act writes it: `CHAPITRE II. - Règles applicables`.
    public var headingLine: String {
        var line = word
        if !number.isEmpty { line += (line.isEmpty ? "" : " ") + number }
        if !heading.isEmpty {
            line += (line.isEmpty ? "" : ". - ") + heading
        } else if !line.isEmpty {
            line += "."
        }
        return line
    }

    /// The heading line as a consolidation prints it: a repealed division keeps its number
    /// and heading, followed by Justel's `(Abrogé)` (`(Opgeheven)` in a Dutch act) — unless
    /// its heading already says so, as a Justel page's does (`DES CONTRAVENTIONS. (Abrogé)
    /// <L 2004-06-17/37, …>`). Reading the line back gives the same division
    /// (``Headings/repealedDivisionHeading(_:)``).
    public func printedHeadingLine(language: Language?) -> String {
        guard status == .repealed, !Headings.repealedDivisionHeading(heading).repealed else { return headingLine }
        return headingLine + " " + Headings.repealedArticle(in: language)
    }

    /// The name a jurist cites it by: `Chapitre 2`, `Section 2.1`, `Annexe`.
    public var citation: String {
        let name = kind == .other ? word : kind.frenchName
        return number.isEmpty ? name : "\(name) \(OrdinalNumber.normalized(number))"
    }
}

/// Whether a unit is in force or repealed. A repealed unit stays in the act (Justel shows
/// it as `(...)` or `(Abrogé)`), and its neighbours keep their numbers.
public enum UnitStatus: String, Hashable, Sendable {
    case inForce = "in-force"
    case repealed
    /// The unit's text on the date asked is not in the input: a Justel state shows it as
    /// a later act left it, not as it stood before. Its one sentence says so, in words.
    case unknown
}
