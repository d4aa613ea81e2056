import ChronolexModel
import Dispatch

/// The words of an instruction as the parser reads them first: cut into tokens, then
/// rewritten by the ``Normalizer``, with the notes of its rewrites — or why they could not
/// be cut. A function of the text alone, so it can be computed before the text is read.
struct NormalizedWords: Sendable {
    let tokens: Result<[Token], ScanError>
    let notes: [String]
    /// The references read ahead in the tokens (``referencesAhead(_:)``), by index; none
    /// unless asked for.
    let references: ReadReferences

    init(_ text: String, readingReferences: Bool = false) {
        self.init(cut: Result { () throws(ScanError) in try Tokenizer.tokens(text) }, readingReferences: readingReferences)
    }

    /// The words of a text already cut into tokens (``Tokenizer/tokens(_:)``'s result for
    /// it), normalized.
    init(cut: Result<[Token], ScanError>, readingReferences: Bool = false) {
        var notes: [String] = []
        switch cut {
        case .success(let cut):
            let normalized = Normalizer.normalize(cut, notes: &notes)
            tokens = .success(normalized)
            references = readingReferences ? Self.referencesAhead(normalized) : ReadReferences()
        case .failure(let error):
            tokens = .failure(error)
            references = ReadReferences()
        }
        self.notes = notes
    }

    /// The words after which the parser reads most references: the places (« dans », « au »,
    /// « in »), « avant », « après » (« voor », « na »), and « devient » (« l'alinéa 5 devient
    /// le § 2 »: the unit's new place).
    static let beforeReferences: FoldedWords = ["dans", "a", "au", "aux", "en", "in", "avant", "apres", "voor", "na", "devient", "deviennent"]

    /// What ``ReferenceReader/read(_:)`` reads at the indices where the parser most often
    /// asks: the first token, after each word of ``beforeReferences``, and the subject after
    /// a place read so and its comma (« Dans l'article 3, le § 2 est … »).
    static func referencesAhead(_ tokens: [Token]) -> ReadReferences {
        var result = ReadReferences()
        var s = Scanner(tokens)
        // The first token, unless it is itself a place word (« Dans l'article 2, … », « A
        // l'article 5, … ») or an opening bracket (« (concerne le texte allemand) »): the
        // parser reads on from the place word, and a reference read there was never used.
        // (A reference not read here is read by the parser if it asks: the same reference.)
        let first = tokens.first.map { $0.kind == .quote || !beforeReferences.contains($0.word) && $0.text != "(" } ?? false
        /// The token after the comma that ends the last place read.
        var subject = -1
        for index in tokens.indices {
            let wanted = if index == 0 {
                first
            } else if index == subject {
                mayBeUnitSubject(tokens, at: index)
            } else {
                tokens[index - 1].kind != .quote && beforeReferences.contains(tokens[index - 1].word)
            }
            guard wanted else { continue }
            s.index = index
            let reference = ReferenceReader.readHere(&s)
            result.append(ReadReference(reference: reference, end: s.index), at: index)
            if reference != nil, s.index + 1 < tokens.count, tokens[s.index].kind == .punctuation, tokens[s.index].isMark(",") {
                subject = s.index + 1
            }
        }
        return result
    }

    /// The words that open a clause's verb (French and Dutch, ``Grammar/verbStarts``): a
    /// clause that starts with one has no subject.
    static let verbStarts: FoldedWords = ["il", "est", "sont", "wordt", "worden", "er"]

    /// False where the parser reads something else than a unit after a place: a verb (« il
    /// est inséré »), quoted words (« les mots « A » »), « les modifications suivantes », a
    /// quotation or a punctuation mark other than « § ».
    static func mayBeUnitSubject(_ tokens: [Token], at index: Int) -> Bool {
        let token = tokens[index]
        switch token.kind {
        case .quote: return false
        case .punctuation: return token.isText("§")
        case .word: break
        }
        if verbStarts.contains(token.word) { return false }
        if token.isWord("les"), index + 1 < tokens.count, tokens[index + 1].isWord("modifications") { return false }
        var probe = Scanner(tokens)
        probe.index = index
        return WordNouns.read(&probe) == nil
    }
}

/// What ``ReferenceReader/read(_:)`` read at an index: the reference, if any, and where the
/// cursor stood after it.
/// A class: it is put in a dictionary and taken out of it, and a `Reference` (some 300 bytes,
/// a retain per field) was copied each time.
final class ReadReference: Sendable {
    let reference: Reference?
    let end: Int

    init(reference: Reference?, end: Int) {
        self.reference = reference
        self.end = end
    }
}

/// The references read ahead in an instruction's tokens, by the index of their first token:
/// a few per instruction, kept in the order of the tokens and found by halving (a
/// dictionary cost more to fill than its lookups saved: callgrind of `edits`).
struct ReadReferences: Sendable {
    private var indices: [Int] = []
    private var read: [ReadReference] = []

    /// What was read at `index` (after every index given before).
    mutating func append(_ reference: ReadReference, at index: Int) {
        precondition(indices.last.map { $0 < index } ?? true, "references read ahead in the order of the tokens")
        indices.append(index)
        read.append(reference)
    }

    /// What was read at `index`, if it was read ahead.
    subscript(index: Int) -> ReadReference? {
        var low = 0, high = indices.count
        while low < high {
            let middle = (low + high) / 2
            if indices[middle] < index { low = middle + 1 } else { high = middle }
        }
        return low < indices.count && indices[low] == index ? read[low] : nil
    }
}

/// A text as a key of its UTF-8 bytes: equal when the bytes are (the tokenizer reads bytes;
/// `String`'s own equality and hash go through Unicode normalization, which costs more than
/// the lookup saves and would take « é » written two ways for one text).
struct TextKey: Equatable, Sendable {
    let text: String

    init(_ text: String) { self.text = text }

    static func == (a: TextKey, b: TextKey) -> Bool { sameBytes(a.text, b.text) }

    /// The length and at most 16 bytes from each end (``digest(_:)``): equal texts have
    /// the same digest, and `==` tells apart the rare texts that share all three. The
    /// instructions of one act often begin alike (« Dans l'article … du même arrêté »),
    /// seldom with the same length and end; a hash of every byte cost more than the lookups
    /// it served (callgrind of `edits`).
    var digest: UInt64 {
        var text = text
        return text.withUTF8(Self.digest)
    }

    /// The length and at most 16 bytes from each end of `bytes`, mixed into one word: four
    /// words of eight bytes for a text of 16 bytes or more, the bytes one by one otherwise.
    static func digest(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var digest = UInt64(bytes.count)
        guard bytes.count >= 16 else {
            for byte in bytes { digest = (digest ^ UInt64(byte)) &* 0x100_0000_01B3 }
            return digest
        }
        let raw = UnsafeRawBufferPointer(bytes)
        for offset in [0, 8, bytes.count - 16, bytes.count - 8] {
            digest = (digest ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0x9E37_79B9_7F4A_7C15
            digest ^= digest >> 29
        }
        return digest
    }
}

/// The normalized words of the texts of one article (its instructions and their points),
/// by text: found by their digest (``TextKey/digest``), then their bytes. An article has a
/// few, looked at one after the other; beyond ``linear``, an index by digest keeps an
/// article of thousands of points from comparing each with all. (A dictionary cost more to
/// build, to hash into and to free than the few comparisons: callgrind of `edits`.)
struct PreparedWords: Sendable {
    static let linear = 16
    private var digests: [UInt64] = []
    private var entries: [(text: TextKey, words: NormalizedWords)] = []
    /// Once there are more than ``linear`` texts, the indices of the texts of each digest.
    private var byDigest: [UInt64: [Int]] = [:]

    var count: Int { entries.count }

    /// The words of `text`, if they were prepared.
    subscript(text: TextKey) -> NormalizedWords? {
        index(of: text, digest: text.digest).map { entries[$0].words }
    }

    /// Adds the words of `text`, made by `words`, unless it has them.
    mutating func add(_ text: TextKey, _ words: () -> NormalizedWords) {
        let digest = text.digest
        guard index(of: text, digest: digest) == nil else { return }
        digests.append(digest)
        entries.append((text, words()))
        if entries.count == Self.linear + 1 {
            for (k, digest) in digests.enumerated() { byDigest[digest, default: []].append(k) }
        } else if entries.count > Self.linear + 1 {
            byDigest[digest, default: []].append(entries.count - 1)
        }
    }

    private func index(of text: TextKey, digest: UInt64) -> Int? {
        if entries.count > Self.linear {
            return byDigest[digest]?.first { entries[$0].text == text }
        }
        for k in digests.indices where digests[k] == digest && entries[k].text == text { return k }
        return nil
    }
}

/// What the walk over an amending act reads of each alinéa before its grammar: its own
/// words (``Alinea/text``, made from its sentences each time it is asked for), its words
/// with its points (``Walker/flatten(_:)``) and what kind of clause they are. The walk reads
/// the flattened words only of a clause that is not an instruction (an entry into force, a
/// provision): for an instruction they are not made (`nil`).
struct PreparedAlinea: Sendable {
    let own: String
    let flat: String?
    let kind: ClauseKind
}

/// An alinéa's words with its points (``Walker/flatten(_:)``), cut into tokens once: the
/// tokens of the flattened text are those of its pieces — the alinéa's own words, then each
/// point's label and words, in the order of the text — put end to end, since the pieces
/// are joined by a space, which ends any token, and a piece that cuts on its own leaves no
/// quotation open. When a piece does not cut on its own (a quotation opened in one point
/// and closed in the next), the flattened text is cut as a whole, as before.
struct FlatTokens {
    let alinea: Alinea
    /// The alinéa's words with its points, labels included: its own words when it has no
    /// points, else made when asked for (the tokens are cut from the pieces).
    var text: String { alinea.points.isEmpty ? pieces[0].text.text : Walker.flatten(alinea) }
    /// The tokens of ``text``; `nil` when it cannot be cut.
    let tokens: [Token]?
    /// What kind of clause the flattened words are (``ClauseKind/of(_:)``), an instruction
    /// when they cannot be cut.
    var kind: ClauseKind { tokens.map(ClauseKind.of) ?? .instruction }
    /// The alinéa's own words and each point's, with what cutting each gave, in the order
    /// of the text (a text twice, twice).
    let pieces: [(text: TextKey, cut: Result<[Token], ScanError>)]

    init(_ alinea: Alinea) {
        self.alinea = alinea
        let own = alinea.text
        let ownCut = Self.cut(own)
        var pieces = [(text: TextKey(own), cut: ownCut)]
        guard !alinea.points.isEmpty else {
            tokens = try? ownCut.get()
            self.pieces = pieces
            return
        }
        // The flattened tokens, while every piece cuts; `nil` from the first that does not.
        var joined: [Token]? = try? ownCut.get()
        var stack: [ArraySlice<Point>] = [alinea.points[...]]
        while var top = stack.popLast() {
            guard let point = top.popFirst() else { continue }
            stack.append(top)
            let words = point.text
            let cut = Self.cut(words)
            pieces.append((TextKey(words), cut))
            if joined != nil, let label = try? Tokenizer.tokens(point.label.description), let tokens = try? cut.get() {
                joined?.append(contentsOf: label)
                joined?.append(contentsOf: tokens)
            } else {
                joined = nil
            }
            stack.append(point.points[...])
        }
        self.pieces = pieces
        tokens = joined ?? (try? Tokenizer.tokens(Walker.flatten(alinea)))
    }

    static func cut(_ text: String) -> Result<[Token], ScanError> {
        Result { () throws(ScanError) in try Tokenizer.tokens(text) }
    }
}

/// One article of an amending act, prepared for the walk: its alinéas, in order, and the
/// normalized words of each text the parser will read there (an alinéa that is an
/// instruction, and each of its points), by text.
struct PreparedArticle: Sendable {
    let alineas: [PreparedAlinea]
    let words: PreparedWords

    init(_ article: Article) {
        var alineas: [PreparedAlinea] = []
        var words = PreparedWords()
        alineas.reserveCapacity(article.alineas.count)
        for alinea in article.alineas {
            // Each text is cut into tokens once: the alinéa's own words and its points' give
            // both its clause kind (``FlatTokens``) and the words the parser reads.
            let flat = FlatTokens(alinea)
            let kind = flat.kind
            alineas.append(PreparedAlinea(own: flat.pieces[0].text.text, flat: kind == .instruction ? nil : flat.text, kind: kind))
            guard kind == .instruction else { continue }
            for (text, cut) in flat.pieces {
                words.add(text) { NormalizedWords(cut: cut, readingReferences: true) }
            }
        }
        self.alineas = alineas
        self.words = words
    }

    /// The alinéa at `index` of the article's alinéas, if there is one.
    func alinea(_ index: Int) -> PreparedAlinea? {
        alineas.indices.contains(index) ? alineas[index] : nil
    }
}

/// The articles of an amending act prepared a few dozen at a time on a thread of its own
/// while the walk reads the ones before: cutting words into tokens, normalizing them,
/// reading references ahead and telling clause kinds apart needs nothing the walk learns
/// (which act « du même arrêté » is, the lead-in's target). What is prepared is what the
/// walk would compute itself, from the same words; a text it was not prepared for, the
/// walk computes.
///
/// Preparing an article costs about as much as walking it, so the two threads share the
/// batches: each batch is prepared by the thread that takes it first. The worker takes the
/// next batch nobody has taken. The walk prepares a batch itself when it reaches one nobody
/// has taken, and, when the worker is still preparing the batch it needs, prepares the next
/// one instead of waiting (the walk of the 100,000 instructions of the bench used to wait
/// 50 to 190 ms of its second). The worker keeps at most ``batchesAhead`` batches beyond
/// the walk and frees a batch once the walk has gone past it: the tokens of a whole act
/// are never held.
///
/// Used by one walk on one thread, which asks for the articles in their order.
final class Lookahead: @unchecked Sendable {
    /// Articles prepared per batch.
    static let batchSize = 64
    /// Batches the worker prepares beyond the one the walk reads, at most.
    static let batchesAhead = 4
    /// Acts with fewer articles are read on one thread: a thread costs more than they take.
    static let minimumArticles = 64

    /// Who prepares the batches: both threads, as they come (``Lookahead``'s way), or, for
    /// the tests, only the worker or only the walk.
    enum Sharing { case shared, workerOnly, walkOnly }

    private final class Batch: @unchecked Sendable {
        /// Written by the thread that took the batch: by the worker before `ready` is
        /// signalled, or by the walk itself; emptied by the worker once the walk has gone
        /// past it.
        var articles: [PreparedArticle] = []
        let ready = DispatchSemaphore(value: 0)
    }

    private let batches: [Batch]
    private let articles: [Article]
    /// Guards `taken`, `passed` and `finished` (a semaphore of one).
    private let lock = DispatchSemaphore(value: 1)
    /// Batches taken by either thread: the next to prepare is `batches[taken]`.
    private var taken = 0
    /// Batches the walk has gone past.
    private var passed = 0
    /// Signalled by the walk each time it goes past a batch: the worker, when it is
    /// ``batchesAhead`` batches beyond, waits for it.
    private let room = DispatchSemaphore(value: 0)
    private var worker: SideThread<Void>?
    private let walkTakes: Bool
    /// The batch the walk reads (only the walk's thread uses it); -1 before the first.
    private var current = -1

    /// Starts preparing `articles` (in their order) on a new thread.
    init(_ articles: [Article], sharing: Sharing = .shared) {
        self.articles = articles
        batches = (0..<(articles.count + Lookahead.batchSize - 1) / Lookahead.batchSize).map { _ in Batch() }
        walkTakes = sharing != .workerOnly
        guard sharing != .walkOnly else { return }
        worker = SideThread { [self] in work() }
    }

    /// The worker's loop: take the next batch while not too far beyond the walk, prepare
    /// it, and free the batches the walk has gone past, here, where most were made.
    private func work() {
        var freed = 0
        while true {
            lock.wait()
            let next = taken
            let gonePast = passed
            let mayTake = next < batches.count && next < gonePast + Lookahead.batchesAhead
            if mayTake { taken += 1 }
            lock.signal()
            while freed < gonePast {
                batches[freed].articles = []
                freed += 1
            }
            guard next < batches.count else { return }
            guard mayTake else {
                room.wait()
                continue
            }
            batches[next].articles = prepare(next)
            batches[next].ready.signal()
        }
    }

    /// The batch `number`'s articles, prepared.
    private func prepare(_ number: Int) -> [PreparedArticle] {
        let start = number * Lookahead.batchSize
        return articles[start..<min(articles.count, start + Lookahead.batchSize)].map(PreparedArticle.init)
    }

    /// The article at `index` of the articles given, once prepared (prepares its batch or
    /// waits for it). The walk asks in the articles' order and the batches before are let
    /// go: `nil` for an article of a batch already gone past.
    func article(_ index: Int) -> PreparedArticle? {
        let number = index / Lookahead.batchSize
        guard number >= current, number < batches.count else { return nil }
        while current < number {
            if current >= 0 {
                // With no worker to free it, the walk lets its batch go itself.
                if worker == nil { batches[current].articles = [] }
                lock.wait()
                passed += 1
                lock.signal()
                room.signal()
            }
            current += 1
            // Every batch before `current` was taken, by one thread or the other: the
            // batch is the next to take, or taken by the worker, or by the walk while it
            // waited (then it is ready).
            lock.wait()
            let mine = walkTakes && taken == current
            if mine { taken += 1 }
            lock.signal()
            if mine {
                batches[current].articles = prepare(current)
            } else {
                // While the batch is not ready, rather than wait, the walk prepares the
                // next batch nobody has taken, among the next few: it will be needed soon.
                while batches[current].ready.wait(timeout: .now()) == .timedOut {
                    lock.wait()
                    let next = taken
                    let helps = walkTakes && next < batches.count && next <= current + Lookahead.batchesAhead
                    if helps { taken += 1 }
                    lock.signal()
                    guard helps else {
                        batches[current].ready.wait()
                        break
                    }
                    batches[next].articles = prepare(next)
                    batches[next].ready.signal()
                }
            }
        }
        return batches[number].articles[index % Lookahead.batchSize]
    }

    /// Stops the worker (it takes no batch more) and waits until it has.
    func finish() {
        lock.wait()
        taken = batches.count
        lock.signal()
        room.signal()
        worker?.wait()
    }
}

