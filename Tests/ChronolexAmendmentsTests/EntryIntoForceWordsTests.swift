import ChronolexModel
import ChronolexReaders
import Foundation
import Testing
@testable import ChronolexAmendments

/// `EntryIntoForceReader.isEntryIntoForce` passes over a word none of its tests names
/// (``EntryIntoForceReader/clauseWords``): the same answers as every test tried on every
/// word, on generated clauses and on the first alinéa of every article of the real acts.
@Suite("Entry-into-force clauses: words looked up once")
struct EntryIntoForceWordsTests {
    /// The test as first written: every comparison on every word.
    static func plainIsEntryIntoForce(_ raw: [Token]) -> Bool {
        let tokens = EntryIntoForceReader.uninverted(raw)
        var sawVerb = false
        var k = 0
        while k < tokens.count {
            let w = tokens[k].kind == .quote ? "" : tokens[k].folded
            if (w == "entre" || w == "entrent") && k + 2 < tokens.count && tokens[k + 1].folded == "en" && tokens[k + 2].folded == "vigueur" { sawVerb = true }
            if (w == "produit" || w == "produisent" || w == "sort" || w == "sortent") && k + 2 < tokens.count && tokens[k + 2].folded == "effets" { sawVerb = true }
            if (w == "treedt" || w == "treden") && k + 2 < tokens.count && tokens[k + 2].folded == "werking" { sawVerb = true }
            if (w == "heeft" || w == "hebben") && k + 1 < tokens.count && tokens[k + 1].folded == "uitwerking" { sawVerb = true }
            if w == "retroagit" || w == "retroagissent" { sawVerb = true }
            if w == "date", k + 4 < tokens.count, tokens[k + 2].folded == "entree", tokens[k + 4].folded == "vigueur",
               tokens[(k + 5)...].contains(where: { Scanner.isParticiple($0.folded, "fix") }) { sawVerb = true }
            if w == "inwerkingtreding", k >= 2, tokens[k - 2].folded == "datum", tokens[(k + 1)...].contains(where: { $0.folded == "vastgesteld" }) { sawVerb = true }
            if w == "cesse" || w == "cessent", tokens[(k + 1)...].prefix(5).contains(where: { $0.folded == "vigueur" || $0.folded == "effets" }) { sawVerb = true }
            if (w == "treedt" || w == "treden") && k + 2 < tokens.count && tokens[k + 1].folded == "buiten" && tokens[k + 2].folded == "werking" { sawVerb = true }
            if (w == "houdt" || w == "houden") && k + 1 < tokens.count && tokens[k + 1].folded == "op" && tokens[(k + 2)...].prefix(5).contains(where: { $0.folded == "uitwerking" || $0.folded == "kracht" }) { sawVerb = true }
            for stem in ["remplac", "inser", "abrog", "complet", "apport", "supprim"] where Scanner.isParticiple(w, stem) { return false }
            k += 1
        }
        return sawVerb
    }

    /// SplitMix64: the same draws on every run.
    struct Draws: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let words = ["Le", "présent", "arrêté", "entre", "entrent", "en", "vigueur", "produit", "produisent", "sort", "sortent", "ses", "effets",
                        "rétroagit", "RETROAGISSENT", "date", "d'", "entrée", "de", "est", "fixée", "fixé", "Dit", "besluit", "treedt", "treden",
                        "in", "werking", "buiten", "heeft", "hebben", "uitwerking", "houdt", "houden", "op", "kracht", "te", "zijn", "datum",
                        "van", "inwerkingtreding", "wordt", "vastgesteld", "cesse", "cessent", "d'être", "remplacé", "remplacée", "remplacés",
                        "remplacées", "remplace", "remplacent", "inséré", "insérées", "insere", "abrogé", "abrogés", "complété", "completes",
                        "apporté", "supprimées", "supprimeee", "Entre", "ENTRE", "le", "1er", "janvier", "2024", ",", ".", ";", "«", "»",
                        "« entre en vigueur »", "l'article", "2", "jour", "publication", "au", "Moniteur", "belge", "e\u{301}", "entre\u{301}"]

    @Test func generatedClauses() throws {
        var random = Draws(state: 31)
        var entryIntoForce = 0
        for _ in 0..<20_000 {
            let text = (0..<Int.random(in: 1...14, using: &random)).map { _ in Self.words.randomElement(using: &random)! }.joined(separator: " ") + " ; ."
            guard let tokens = try? Tokenizer.tokens(text) else { continue }
            let fast = EntryIntoForceReader.isEntryIntoForce(tokens), plain = Self.plainIsEntryIntoForce(tokens)
            #expect(fast == plain, "\(text)")
            if plain { entryIntoForce += 1 }
        }
        #expect(entryIntoForce > 200)
    }

    @Test func everyArticleOfTheRealActs() throws {
        let folders = ["justel-html", "fedris-ar-2007", "electricity-1999-versions", "triples-2024", "amending-sample", "accueil-cg-2014", "decimes-1952"]
        var files: [String] = []
        for folder in folders {
            let root = sharedRoot + "/corpus/" + folder
            guard let walk = FileManager.default.enumerator(atPath: root) else { continue }
            for case let path as String in walk where path.hasSuffix(".md") || path.hasSuffix(".html") { files.append(root + "/" + path) }
        }
        var alineas = 0
        for file in files.sorted() {
            guard let act = ActReader.read(path: file).act else { continue }
            for article in act.articles {
                for alinea in article.alineas {
                    guard let tokens = try? Tokenizer.tokens(alinea.text) else { continue }
                    #expect(EntryIntoForceReader.isEntryIntoForce(tokens) == Self.plainIsEntryIntoForce(tokens), "\(file) art. \(article.number)")
                    alineas += 1
                }
            }
        }
        if !files.isEmpty { #expect(alineas > 1_000) }
    }
}
