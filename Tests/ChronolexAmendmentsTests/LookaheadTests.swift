@testable import ChronolexAmendments
import ChronolexModel
import ChronolexReaders
import Foundation
import Testing

/// The articles prepared on a second thread (`Lookahead`) give the same edits, diagnostics
/// and date fixings as the walk that prepares nothing: every amending act at hand, read both
/// ways, and generated acts long enough for many batches.
@Suite("The lookahead changes nothing")
struct LookaheadTests {
    /// Every markdown act of `Corpus/`, of the amending sample and of the triples.
    static let files: [String] = {
        let manager = FileManager.default
        var paths: [String] = []
        let corpus = packageRoot + "/Corpus"
        for name in (try? manager.contentsOfDirectory(atPath: corpus)) ?? [] where name.hasSuffix(".md") && name != "README.md" {
            paths.append(corpus + "/" + name)
        }
        let sample = sharedRoot + "/corpus/amending-sample"
        for name in (try? manager.contentsOfDirectory(atPath: sample)) ?? [] where name.hasSuffix(".md") {
            paths.append(sample + "/" + name)
        }
        let triples = sharedRoot + "/corpus/triples-2024"
        for folder in (try? manager.contentsOfDirectory(atPath: triples)) ?? [] {
            for name in (try? manager.contentsOfDirectory(atPath: triples + "/" + folder)) ?? [] where name.hasSuffix(".md") {
                paths.append(triples + "/" + folder + "/" + name)
            }
        }
        return paths.sorted()
    }()

    /// The act's edits read without the lookahead and with it (from its first article).
    static func bothWays(_ act: Act, file: String) -> (plain: EditsResult, ahead: EditsResult) {
        (InstructionReader.read(act, file: file, lookaheadFrom: Int.max), InstructionReader.read(act, file: file, lookaheadFrom: 0))
    }

    static func expectSame(_ plain: EditsResult, _ ahead: EditsResult, _ file: String) {
        #expect(plain.edits == ahead.edits, "\(file): edits")
        #expect(plain.diagnostics == ahead.diagnostics, "\(file): diagnostics")
        #expect(plain.fixings == ahead.fixings, "\(file): fixings")
        #expect(EditRenderer.json(plain.edits, pretty: false) == EditRenderer.json(ahead.edits, pretty: false), "\(file): JSON")
    }

    @Test("every act at hand, both ways")
    func actsAtHand() throws {
        #expect(Self.files.count >= 10)
        for path in Self.files {
            guard let act = ActReader.read(path: path).act else { continue }
            let (plain, ahead) = Self.bothWays(act, file: path)
            Self.expectSame(plain, ahead, path)
        }
    }

    /// The articles of the example amending acts, renumbered one after the other, as one
    /// act of `copies` times as many: batches, waits for room and a last batch cut short.
    static func generated(copies: Int) -> String {
        var body = ""
        var number = 0
        for name in CorpusTests.amendingFiles {
            guard let text = try? String(contentsOfFile: CorpusTests.corpus + "/" + name, encoding: .utf8) else { continue }
            // The articles, as their lines: from the first « **Art » on.
            guard let start = text.range(of: "**Art") else { continue }
            body += String(text[start.lowerBound...]) + "\n\n"
        }
        var articles: [String] = []
        for piece in body.components(separatedBy: "\n**Art") where !piece.isEmpty {
            let text = piece.hasPrefix("**Art") ? String(piece.dropFirst(5)) : piece
            guard let close = text.range(of: "**") else { continue }
            articles.append(String(text[close.upperBound...]))
        }
        var out = """
        ---
        title-fr: "Arrêté du Gouvernement modifiant l'arrêté du Gouvernement du 12 mars 2015 relatif aux bibliothèques publiques"
        date: 2024-01-01
        number: 2024200001
        case: 2024-01-01/01
        publication: 2024-01-10
        ---


        """
        for _ in 0..<copies {
            for article in articles {
                number += 1
                out += "**Art. \(number).**" + article.trimmingCharacters(in: .whitespacesAndNewlines) + "\n\n"
            }
        }
        return out
    }

    @Test("generated acts of many batches, both ways", arguments: [1, 7, 25])
    func generatedActs(copies: Int) throws {
        let text = Self.generated(copies: copies)
        let read = ActReader.read(text: text, file: "generated.md")
        let act = try #require(read.act)
        if copies > 1 { #expect(act.articles.count > Lookahead.batchSize * Lookahead.batchesAhead) }
        let (plain, ahead) = Self.bothWays(act, file: "generated.md")
        #expect(!plain.edits.isEmpty)
        Self.expectSame(plain, ahead, "generated ×\(copies)")
    }

    /// References read ahead are found at their index and nowhere else.
    @Test func referencesReadAheadAreFoundByIndex() {
        var references = ReadReferences()
        #expect(references[0] == nil)
        let indices = [0, 3, 4, 9, 17, 18, 40]
        for index in indices { references.append(ReadReference(reference: nil, end: index + 1), at: index) }
        for index in -1...45 {
            #expect(references[index]?.end == (indices.contains(index) ? index + 1 : nil), "index \(index)")
        }
    }

    /// The batches prepared only by the worker, only by the walk, or by both as they come
    /// (the walk takes a batch the worker has not reached): the same edits each way.
    @Test("every way of sharing the batches", arguments: [Lookahead.Sharing.shared, .workerOnly, .walkOnly])
    func sharing(_ sharing: Lookahead.Sharing) throws {
        let act = try #require(ActReader.read(text: Self.generated(copies: 25), file: "generated.md").act)
        #expect(act.articles.count > 4 * Lookahead.batchSize * Lookahead.batchesAhead)
        let plain = InstructionReader.read(act, file: "generated.md", lookaheadFrom: Int.max)
        let ahead = InstructionReader.read(act, file: "generated.md", lookaheadFrom: 0, sharing: sharing)
        #expect(!plain.edits.isEmpty)
        Self.expectSame(plain, ahead, "generated ×25, \(sharing)")
    }

    @Test("compact JSON written on two threads is the same bytes", arguments: [1, 2, 7, 64, 500])
    func jsonOnTwoThreads(batch: Int) throws {
        let act = try #require(ActReader.read(text: Self.generated(copies: 25), file: "generated.md").act)
        let edits = InstructionReader.read(act, file: "generated.md").edits
        #expect(edits.count > 2 * batch)
        for count in [0, 1, 2, batch, batch + 1, 2 * batch, 2 * batch + 1, edits.count] where count <= edits.count {
            let one = OutputSink(), two = OutputSink()
            EditRenderer.json(Array(edits.prefix(count)), to: one, pretty: false, batch: Int.max)
            EditRenderer.json(Array(edits.prefix(count)), to: two, pretty: false, batch: batch)
            #expect(one.bytes == two.bytes, "\(count) edits in batches of \(batch)")
        }
        // Pretty JSON is written on one thread: the same either way.
        let one = OutputSink(), two = OutputSink()
        EditRenderer.json(edits, to: one, pretty: true, batch: Int.max)
        EditRenderer.json(edits, to: two, pretty: true, batch: batch)
        #expect(one.bytes == two.bytes)
    }

    @Test("a text is its bytes: « é » written two ways is two keys")
    func textKeys() {
        let composed = "le mot « \u{E9}t\u{E9} » est abrogé"
        let decomposed = "le mot « e\u{301}te\u{301} » est abrogé"
        #expect(composed == decomposed)
        #expect(TextKey(composed) != TextKey(decomposed))
        #expect(TextKey(composed) == TextKey(String(decoding: Array(composed.utf8), as: UTF8.self)))
        var keys = PreparedWords()
        keys.add(TextKey(composed)) { NormalizedWords(composed) }
        keys.add(TextKey(decomposed)) { NormalizedWords(decomposed) }
        #expect(keys.count == 2)
    }

    @Test("normalized words are the tokenizer's and the normalizer's")
    func normalizedWords() throws {
        let text = "Dans l'article 2, les les mots « A » sont remplacés par les mots « B »."
        let words = NormalizedWords(text)
        var notes: [String] = []
        let expected = Normalizer.normalize(try Tokenizer.tokens(text), notes: &notes)
        let tokens = try words.tokens.get()
        #expect(tokens.map(\.text) == expected.map(\.text))
        #expect(tokens.map(\.folded) == expected.map(\.folded))
        #expect(words.notes == notes)
        #expect(!notes.isEmpty)
        // A quotation never closed: the tokenizer's error, no notes.
        let open = NormalizedWords("les mots « A sont abrogés")
        #expect(open.notes.isEmpty)
        if case .success = open.tokens { Issue.record("an unclosed quotation was cut") }
    }

    /// The flattened alinéa cut from its pieces: the tokens of the whole text, token for
    /// token, and each piece's cut as the tokenizer gives it.
    static func expectSameTokens(_ alinea: Alinea, _ name: String) {
        let flat = FlatTokens(alinea)
        #expect(flat.text == Walker.flatten(alinea), "\(name)")
        let whole = try? Tokenizer.tokens(Walker.flatten(alinea))
        #expect(flat.tokens?.map(\.text) == whole?.map(\.text), "\(name): « \(flat.text.prefix(60)) »")
        #expect(flat.tokens?.map(\.folded) == whole?.map(\.folded), "\(name)")
        #expect(flat.tokens?.map { "\($0.kind)" } == whole?.map { "\($0.kind)" }, "\(name)")
        #expect(flat.kind == (whole.map(ClauseKind.of) ?? .instruction), "\(name)")
        for piece in flat.pieces {
            let cut = try? Tokenizer.tokens(piece.text.text)
            #expect((try? piece.cut.get())?.map(\.text) == cut?.map(\.text), "\(name)")
        }
    }

    @Test("an alinéa and its points cut once: the tokens of the whole text, every act at hand")
    func flatTokens() throws {
        var alineas = 0, withPoints = 0
        for path in Self.files {
            guard let act = ActReader.read(path: path).act else { continue }
            for article in act.articles {
                for alinea in article.alineas {
                    alineas += 1
                    if !alinea.points.isEmpty { withPoints += 1 }
                    Self.expectSameTokens(alinea, "\(path), art. \(article.number)")
                }
            }
        }
        #expect(alineas > 1_000)
        #expect(withPoints > 100)
    }

    @Test("a quotation opened in one point and closed in the next: the whole text cut")
    func quotationAcrossPoints() throws {
        func point(_ label: String, _ words: String, kind: PointLabel.Kind = .degree) -> Point {
            Point(label: PointLabel(kind: kind, value: label), sentences: [Sentence(words)])
        }
        let across = Alinea(sentences: [Sentence("A l'article 2 du même arrêté, les modifications suivantes sont apportées :")], points: [
            point("1", "les mots « A"), point("2", "B » sont abrogés;"),
            point("3", "les mots \"C"), point("4", "D\" sont abrogés;"),
            point("5", "dans le 1.A, le mot « X » est remplacé par le mot « Y »."),
        ])
        let flat = FlatTokens(across)
        // The pieces do not all cut; the whole text does, the quotations across two points.
        #expect(flat.pieces.contains { if case .failure = $0.cut { true } else { false } })
        let tokens = try #require(flat.tokens)
        #expect(tokens.contains { $0.kind == .quote && $0.text == "A 2° B" })
        #expect(tokens.contains { $0.kind == .quote && $0.text == "C 4° D" })
        Self.expectSameTokens(across, "quotation across points")
        // A quotation never closed: no tokens, an instruction (the parser says why).
        let open = Alinea(sentences: [Sentence("A l'article 2 :")], points: [point("1", "les mots « A sont abrogés;")])
        #expect(FlatTokens(open).tokens == nil)
        #expect(FlatTokens(open).kind == .instruction)
        // Points that hold words only, each piece cut: the tokens put end to end.
        let plain = Alinea(sentences: [Sentence("A l'article 3 :")], points: [
            point("1", "le mot « A » est abrogé;", kind: .degree),
            point("a", "au 8.1°, D.I.4 et V.E", kind: .letter),
        ])
        let joined = try #require(FlatTokens(plain).tokens)
        #expect(joined.map(\.text) == ["A", "l'", "article", "3", ":", "1°", "le", "mot", "A", "est", "abrogé", ";", "a)", "au", "8.1°", ",", "D.I.4", "et", "V.E"])
        Self.expectSameTokens(plain, "plain points")
    }
}
