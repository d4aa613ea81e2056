import Testing
@testable import ChronolexDiff

@Suite("Tokens")
struct TokenizerTests {
    @Test func numbersAndLabelsStayWhole() {
        #expect(WordTokenizer.tokens(of: "un montant de 25.000 euros;") == ["un", "montant", "de", "25.000", "euros", ";"])
        #expect(WordTokenizer.tokens(of: "de 2,50 euros et 1.250,50 euros.") == ["de", "2,50", "euros", "et", "1.250,50", "euros", "."])
        #expect(WordTokenizer.tokens(of: "le 1er janvier") == ["le", "1er", "janvier"])
        #expect(WordTokenizer.tokens(of: "au § 2, alinéa 1er,") == ["au", "§ 2", ",", "alinéa", "1er", ","])
        #expect(WordTokenizer.tokens(of: "§ 1er.") == ["§ 1er", "."])
        #expect(WordTokenizer.tokens(of: "le 8.1° et le 2/1°;") == ["le", "8.1°", "et", "le", "2/1°", ";"])
        #expect(WordTokenizer.tokens(of: "visé au 4°, a), et ii)") == ["visé", "au", "4°", ",", "a)", ",", "et", "ii)"])
        #expect(WordTokenizer.tokens(of: "l'article 4/1 (...)") == ["l'", "article", "4/1", "(...)"])
    }

    @Test func guillemetsAndPunctuationApart() {
        #expect(WordTokenizer.tokens(of: "les mots « cinq ans » sont") == ["les", "mots", "«", "cinq", "ans", "»", "sont"])
        #expect(WordTokenizer.tokens(of: "«Comité»,") == ["«", "Comité", "»", ","])
        #expect(WordTokenizer.tokens(of: "(voir l'annexe)") == ["(", "voir", "l'", "annexe", ")"])
        #expect(WordTokenizer.tokens(of: "quarante-cinq jours") == ["quarante-cinq", "jours"])
        #expect(WordTokenizer.tokens(of: "jusqu’à") == ["jusqu’", "à"])
        #expect(WordTokenizer.tokens(of: "") == [])
        #expect(WordTokenizer.tokens(of: "a\u{00A0}:  b") == ["a", ":", "b"])
    }
}

@Suite("Word diff")
struct WordDiffTests {
    @Test func replacedWord() {
        let edits = WordDiff.diff("Le Conseil des bibliothèques rend un avis.", "Le Comité des bibliothèques rend un avis.")
        #expect(edits == [WordEdit(.equal, "Le "), WordEdit(.delete, "Conseil"), WordEdit(.insert, "Comité"),
                          WordEdit(.equal, " des bibliothèques rend un avis.")])
    }

    @Test func amountIsOneToken() {
        let edits = WordDiff.diff("un montant forfaitaire de 25.000 euros;", "un montant forfaitaire de 27.500 euros;")
        #expect(edits == [WordEdit(.equal, "un montant forfaitaire de "), WordEdit(.delete, "25.000"),
                          WordEdit(.insert, "27.500"), WordEdit(.equal, " euros;")])
    }

    @Test func insertedWordsAndPunctuation() {
        let edits = WordDiff.diff("que la bibliothèque publique met à la disposition de ses lecteurs.",
                                  "que la bibliothèque publique ou l'un de ses points de lecture met à la disposition de ses lecteurs;")
        #expect(edits == [WordEdit(.equal, "que la bibliothèque publique "), WordEdit(.insert, "ou l'un de ses points de lecture"),
                          WordEdit(.equal, " met à la disposition de ses lecteurs"), WordEdit(.delete, "."), WordEdit(.insert, ";")])
    }

    @Test func deletedWordsAndEdges() {
        #expect(WordDiff.diff("un rapport d'activité et un rapport financier", "un rapport d'activité") ==
                [WordEdit(.equal, "un rapport d'activité "), WordEdit(.delete, "et un rapport financier")])
        #expect(WordDiff.diff("", "nouveau texte") == [WordEdit(.insert, "nouveau texte")])
        #expect(WordDiff.diff("ancien texte", "") == [WordEdit(.delete, "ancien texte")])
        #expect(WordDiff.diff("même texte", "même texte") == [WordEdit(.equal, "même texte")])
        // Spacing alone is not a change.
        #expect(WordDiff.diff("deux  espaces", "deux espaces") == [WordEdit(.equal, "deux espaces")])
    }

    @Test func sectionSignWithItsNumber() {
        let edits = WordDiff.diff("visé au § 2, alinéa 1er", "visé au § 3, alinéa 1er")
        #expect(edits == [WordEdit(.equal, "visé au "), WordEdit(.delete, "§ 2"), WordEdit(.insert, "§ 3"), WordEdit(.equal, ", alinéa 1er")])
    }

    /// The runs rebuild both texts (spacing normalised to the tokens' own).
    @Test func runsRebuildBothTexts() {
        let old = "Il est institué un Conseil des bibliothèques, composé de sept membres nommés par le Gouvernement."
        let new = "Il est institué un Comité des bibliothèques, composé de neuf membres désignés par le Gouvernement wallon."
        let edits = WordDiff.diff(old, new)
        let rebuiltNew = edits.filter { $0.operation != .delete }.map(\.text).joined()
        let rebuiltOld = edits.filter { $0.operation != .insert }.map(\.text).joined()
        #expect(WordTokenizer.tokens(of: rebuiltNew) == WordTokenizer.tokens(of: new))
        #expect(WordTokenizer.tokens(of: rebuiltOld) == WordTokenizer.tokens(of: old))
    }

    /// Two 200 KB texts, a few words apart, and two unrelated ones: no quadratic blow-up
    /// (no timing assertion; a quadratic diff would take minutes here).
    @Test func largeTextsStayLinear() {
        var words: [String] = []
        var seed: UInt64 = 42
        for _ in 0..<32_000 {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            words.append("mot" + String(seed >> 50))
        }
        let old = words.joined(separator: " ")
        var changed = words
        for index in stride(from: 0, to: changed.count, by: 97) { changed[index] = "changé" }
        let new = changed.joined(separator: " ")
        #expect(old.utf8.count > 200_000)
        let edits = WordDiff.diff(old, new)
        #expect(edits.filter { $0.operation == .insert }.count == (words.count + 96) / 97)
        let rebuilt = edits.filter { $0.operation != .delete }.map(\.text).joined()
        #expect(rebuilt == new)
        // Unrelated texts: the bound on the edit distance keeps this near-linear.
        let other = words.map { $0 + "x" }.joined(separator: " ")
        let unrelated = WordDiff.diff(old, other)
        #expect(unrelated.filter { $0.operation != .delete }.map(\.text).joined() == other)
    }
}
