import ChronolexModel

/// A piece of an act the builder hands over as soon as it is finished, when it streams
/// (``ActBuilder/pieces``): the preamble before the first of the others, then divisions
/// and articles in the order of the text (see ``ActConsumer``).
enum ActPiece {
    case preamble([TextLine])
    case openDivision(Division, depth: Int)
    case article(Article, depth: Int)
    case closeDivision(Division, depth: Int)
}

/// What reading a file for a consumer gave: the diagnostics and the format as
/// ``ActReader/read(path:)`` gives them, and whether the consumer received the act.
public struct StreamedReading: Sendable {
    /// `act` is `nil` when the act was streamed; otherwise it is the act read whole (or `nil`
    /// when it could not be read), exactly as ``ActReader/read(path:)`` reads it.
    public var result: ReadResult
    /// True when the consumer received the whole act, piece by piece. False when the act
    /// had to be read whole (an HTML page, a quotation the reader repairs by reading the
    /// act again, a file that could not be read): what the consumer received, if anything,
    /// is to be dropped, and `result.act` is to be used instead.
    public var streamed: Bool
}

extension ActReader {
    /// Reads the file at `path` and hands the act to `consumer` piece by piece as it is
    /// read (``ActConsumer``), without keeping its tree: the same act, diagnostics and
    /// format as ``read(path:)``. When the act cannot be streamed, it is read whole and
    /// returned instead (``StreamedReading/streamed`` false).
    ///
    /// Errors can come at the end of a file: a consumer that writes should write where
    /// it can still be dropped until the diagnostics are known.
    public static func read<Consumer: ActConsumer>(path: String, streamingTo consumer: inout Consumer) -> StreamedReading {
        switch contents(checking: path) {
        case .unread(let result): return StreamedReading(result: result, streamed: false)
        case .bytes(let bytes): return read(bytes: bytes, file: path, streamingTo: &consumer)
        }
    }

    /// Reads an act from bytes for `consumer`, as ``read(path:streamingTo:)`` does.
    public static func read<Consumer: ActConsumer>(bytes: [UInt8], file: String, streamingTo consumer: inout Consumer) -> StreamedReading {
        let start: Start
        switch self.start(bytes: bytes, file: file) {
        // (A Justel page is read whole: its positions move to the page's lines once the
        // act is read.)
        case .done(let result): return StreamedReading(result: result, streamed: false)
        case .body(let body): start = body
        }
        var diagnostics = start.diagnostics
        var (builder, bodyLines) = builder(start.source, lines: start.lines, format: start.format, metadata: start.metadata,
                                           diagnostics: &diagnostics)
        let relay = PieceRelay(consumer, head: Act(metadata: start.metadata, file: start.source.file))
        builder.pieces = { relay.receive($0) }
        let (preamble, _) = builder.read(lines: bodyLines)
        builder.pieces = nil
        relay.finish(preamble: preamble)
        consumer = relay.consumer
        // What ``readBody`` repairs by reading the act again, and what a consumer cannot be
        // told piece by piece, is read whole (the pieces given are dropped).
        if relay.broken || builder.unclosedQuotation != nil || !builder.subInstructionsInQuotation.isEmpty
            || !builder.headingsInQuotation.isEmpty {
            return StreamedReading(result: read(bytes: bytes, file: file), streamed: false)
        }
        diagnostics += builder.diagnostics
        if let warning = start.languageWarning(relay.check) { diagnostics.append(warning) }
        if relay.articles == 0 {
            diagnostics.append(noArticle(start.source, start.lines))
        }
        diagnostics.sort { ($0.location?.line ?? 0) < ($1.location?.line ?? 0) }
        return StreamedReading(result: ReadResult(act: nil, format: start.format, diagnostics: diagnostics), streamed: true)
    }
}

/// What the first 8 KB of an act's words say of its language (``ActReader/detectLanguage(_:)``),
/// fed with its divisions and articles in the order of the text.
struct LanguageSample {
    private static let dutchWords: Set<Substring> = ["de", "het", "van", "een", "wordt", "en", "lid"]
    private static let frenchWords: Set<Substring> = ["le", "la", "les", "des", "du", "est", "et", "alinéa"]
    private static let dutchDivisions: Set<String> = ["hoofdstuk", "afdeling", "titel", "boek", "deel", "bijlage", "onderafdeling"]
    private var dutch = 0
    private var french = 0
    private var budget: Int

    /// A sample of `budget` bytes of words: 8 KB to tell the language, less to check the
    /// one the front matter gives (``ActReader/Start/languageWarning(_:)``: every file read
    /// is checked, and 8 KB of each cost a consolidation of 2,000 acts a tenth of its time).
    init(budget: Int = 8_192) {
        self.budget = budget
    }

    /// True once the sample is taken: what follows is not looked at.
    var isComplete: Bool { budget <= 0 }

    /// Dutch when more of the sample is Dutch, French otherwise.
    var language: Language { dutch > french ? .dutch : .french }

    /// The bytes of words sampled to check the language the front matter gives.
    static let checkBudget = 600

    /// The language when the sample leaves no doubt: at least 8 of its marker words, three
    /// times as many as the other's; `nil` otherwise.
    var clearly: Language? {
        if dutch >= 8, dutch >= 3 * french { return .dutch }
        if french >= 8, french >= 3 * dutch { return .french }
        return nil
    }

    mutating func add(_ division: Division) {
        guard !isComplete else { return }
        if Self.dutchDivisions.contains(division.word.lowercased()) { dutch += 5 }
    }

    mutating func add(_ article: Article) {
        guard !isComplete else { return }
        for alinea in article.alineas where budget > 0 {
            let sample = alinea.text.prefix(400).lowercased()
            budget -= sample.utf8.count
            for word in sample.split(separator: " ") {
                if Self.dutchWords.contains(word) { dutch += 1 } else if Self.frenchWords.contains(word) { french += 1 }
            }
        }
    }
}

/// Hands the builder's pieces to a consumer: the act's head first — its metadata completed
/// as ``ActReader/completeMetadata(_:)`` completes it, which needs the preamble and, for
/// the language, the first words of the body — then the pieces, held until then.
final class PieceRelay<Consumer: ActConsumer> {
    private(set) var consumer: Consumer
    private var head: Act
    private var preamble: [TextLine]?
    private var held: [ActPiece] = []
    /// The language's sample, while the language is not known.
    private var sample: LanguageSample?
    /// The sample that checks the language the front matter gives (``ActReader/Start/languageWarning(_:)``).
    private(set) var check = LanguageSample(budget: LanguageSample.checkBudget)
    private var began = false
    /// The divisions handed over and not yet closed, as they were handed over.
    private var open: [Division] = []
    private(set) var articles = 0
    /// A piece changed after it was handed over (which the builder never does: this is a
    /// guard): the act is to be read whole.
    private(set) var broken = false

    init(_ consumer: Consumer, head: Act) {
        self.consumer = consumer
        self.head = head
        sample = head.metadata.language == nil ? LanguageSample() : nil
    }

    func receive(_ piece: ActPiece) {
        switch piece {
        case .preamble(let lines):
            preamble = lines
            return
        case .openDivision(let division, _):
            open.append(division)
            sample?.add(division)
            check.add(division)
        case .article(let article, _):
            articles += 1
            sample?.add(article)
            check.add(article)
        case .closeDivision(let division, _):
            if open.popLast() != division { broken = true }
        }
        if began { return deliver(piece) }
        held.append(piece)
        if sample?.isComplete ?? true { begin() }
    }

    /// The end of the act: its preamble as read whole.
    func finish(preamble final: [TextLine]) {
        if let preamble, preamble != final { broken = true }
        preamble = final
        if !began { begin() }
        consumer.end()
    }

    private func begin() {
        began = true
        head.preamble = preamble ?? []
        ActReader.completeMetadata(&head.metadata, preamble: head.preamble)
        if head.metadata.language == nil { head.metadata.language = (sample ?? LanguageSample()).language }
        sample = nil
        consumer.begin(head)
        let pieces = held
        held = []
        for piece in pieces { deliver(piece) }
    }

    private func deliver(_ piece: ActPiece) {
        switch piece {
        case .preamble: break
        case .openDivision(let division, let depth): consumer.openDivision(division, depth: depth)
        case .article(let article, let depth): consumer.article(article, depth: depth)
        case .closeDivision(let division, let depth): consumer.closeDivision(division, depth: depth)
        }
    }
}
