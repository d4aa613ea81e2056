import ChronolexModel

/// The tolerant half of the lexer: rewrites the tokens of an instruction where real acts
/// write a form in another way than the grammar reads it, before any form is tried. Each
/// rule is one line of the table below; a rule that reads past a fault of the text
/// (a word doubled, a letter too many) leaves a note on the edit, so that the reading is
/// said, never silent.
enum Normalizer {
    /// A rewrite: the folded words to find (`nil` for a token that must be a quotation),
    /// what to put in their place (tokens as words), and the note it leaves (`nil` when
    /// the two spellings mean the same and nothing needs saying).
    struct Rule {
        var find: [String]
        var replace: [String]
        var note: String?
    }

    static let rules: [Rule] = [
        // Spellings of the same thing.
        Rule(find: ["a", "chaque", "fois"], replace: ["chaque", "fois"], note: nil),
        Rule(find: ["§", "§"], replace: ["§"], note: nil),
        Rule(find: ["modifications", "suivants"], replace: ["modifications", "suivantes"], note: nil),
        Rule(find: ["modification", "suivantes"], replace: ["modifications", "suivantes"], note: nil),
        Rule(find: ["ce", "qui", ":"], replace: ["ce", "qui", "suit", ":"], note: "read « ce qui: » as « ce qui suit : »"),
        Rule(find: ["par", "le", "ce", "qui", "suit"], replace: ["par", "ce", "qui", "suit"], note: nil),
        Rule(find: ["comme", "suit", ":", ":"], replace: ["comme", "suit", ":"], note: nil),
        // Dutch « vóór artikel 5 » (before), accented against « voor » (for); folding keeps « ó ».
        Rule(find: ["vóór"], replace: ["voor"], note: nil),
        // « à chaque occurrence » (look 29: not read).
        Rule(find: ["a", "chaque", "occurrence"], replace: ["chaque", "fois"], note: nil),
    ] + everyOccurrence + [
        // Faults of the text, read past with a note.
        Rule(find: ["les", "les"], replace: ["les"], note: "read « les les » as « les »"),
        Rule(find: ["ca", "l'"], replace: ["a", "l'"], note: "read « CA l' » as « A l' »"),
        Rule(find: ["van", "de", "l'"], replace: ["de", "l'"], note: "read « van de l' » as « de l' »"),
    ]

    /// « chaque fois qu'ils apparaissent », « partout où ils figurent »: every occurrence, as
    /// « chaque fois » (look 29: not read). The commas around them are dropped with them
    /// (``normalize(_:notes:)``), not by rules of their own: a rule that starts with a comma
    /// would be tried at every comma of every instruction.
    static let everyOccurrence: [Rule] = {
        var rules: [Rule] = []
        for pronoun in ["il", "ils", "elle", "elles"] {
            for verb in ["apparait", "apparaissent", "figure", "figurent"] {
                for words in [["chaque", "fois", "qu'", pronoun, verb], ["chaque", "fois", "qu'" + pronoun, verb], ["partout", "ou", pronoun, verb]] {
                    rules.append(Rule(find: words, replace: ["chaque", "fois"], note: nil))
                }
            }
        }
        return rules
    }()

    /// The length of the ``everyOccurrence`` words at `start`, or `nil`.
    private static func everyOccurrenceLength(_ tokens: [Token], at start: Int) -> Int? {
        guard start < tokens.count, tokens[start].isWord("chaque") || tokens[start].isWord("partout") else { return nil }
        return everyOccurrence.first { rule in
            matches(rule.find, tokens, at: start)
        }?.find.count
    }

    /// True when the tokens from `start` are the folded words `find`, one for one.
    private static func matches(_ find: [String], _ tokens: [Token], at start: Int) -> Bool {
        guard start + find.count <= tokens.count else { return false }
        for k in find.indices where !tokens[start + k].isWord(find[k]) { return false }
        return true
    }

    /// The indices of the rules in ``rules`` by the first word they find, in the order of
    /// the table: the rules a token may start, found with one lookup.
    private static let rulesByFirstWord: [String: [Int]] = Dictionary(grouping: rules.indices, by: { rules[$0].find[0] })

    /// The first words of ``rules``, told apart without hashing.
    private static let ruleFirstWords = FoldedWords(Set(rulesByFirstWord.keys))

    /// The folded words that can start a rewrite: the first word of each rule, the nouns
    /// of quoted words (« les mots suivants … »), and the determiners of « l'alinéa suivant ».
    private static let firstWords = FoldedWords(Set(rules.map { $0.find[0] }).union(Lexicon.wordNouns.words).union(["l'", "le", "les"]))

    /// The words of ``firstWords`` by their first byte and length (entry `first * 32 +
    /// length`, lengths below 32): the few a token of that shape may be, compared in turn
    /// instead of hashing the token (most tokens find their entry empty).
    private static let firstWordsByShape: [[String]] = {
        var table = [[String]](repeating: [], count: 256 * 32)
        for word in firstWords.words {
            guard let first = word.utf8.first, word.utf8.count < 32 else { continue }
            table[Int(first) * 32 + word.utf8.count].append(word)
        }
        return table
    }()

    /// False when no rewrite below can start at the token (an ordinal cut in two starts
    /// with a digit, « supprimé et remplacé » with its participle, `supprim` and one to three
    /// letters).
    private static func mayStartRewrite(_ tokens: [Token], at index: Int) -> Bool {
        if tokens[index].kind == .quote { return false }
        if tokens[index].startsWithDigit { return true }
        // Told from what the token knows of its folded word (first byte, length, in NFC or
        // not) where it can be; the set asked otherwise.
        let count = tokens[index].folded.utf8.count
        guard count > 0 else { return false }
        let first = tokens[index].foldedFirst
        if first == UInt8(ascii: "s"), count >= 8, count <= 10, tokens[index].folded.hasPrefix("supprim") { return true }
        // A word not in NFC may equal one of the words under another spelling, and a word of
        // 32 bytes or more has no entry: the set tells.
        guard count < 32, tokens[index].foldedIsNFC else { return firstWords.contains(tokens[index].folded) }
        for word in firstWordsByShape[Int(first) * 32 + count] where word == tokens[index].folded { return true }
        return false
    }

    /// The tokens with every rule applied, left to right, and the notes of those applied.
    ///
    /// - Complexity: O(n · r) for n tokens and r rules (r is small and fixed).
    /// Most instructions need no rewrite: their tokens are returned as they are, not copied.
    static func normalize(_ tokens: [Token], notes: inout [String]) -> [Token] {
        var out: [Token] = []
        // The tokens from `kept` up to the one being read stay as they are; they are copied
        // into `out` only when a rewrite follows them.
        var kept = 0
        func keep(upTo end: Int) {
            if out.isEmpty { out.reserveCapacity(tokens.count) }
            out.append(contentsOf: tokens[kept..<end])
        }
        var i = 0
        scan: while i < tokens.count {
            // Most tokens start no rewrite: kept at the cost of a look at their shape (a set
            // lookup only for a word not in NFC), in place, without a copy of the token.
            if !tokens[i].isMark(","), !mayStartRewrite(tokens, at: i) {
                i += 1
                continue
            }
            let token = tokens[i]
            // « …, chaque fois qu'ils apparaissent, … », « …, partout où ils figurent. »: every
            // occurrence, its commas dropped with it (one comparison at other commas).
            if token.kind == .punctuation, token.isMark(","), let length = everyOccurrenceLength(tokens, at: i + 1) {
                keep(upTo: i)
                out.append(Token(kind: .word, text: "chaque", folded: "chaque"))
                out.append(Token(kind: .word, text: "fois", folded: "fois"))
                i += 1 + length
                if i < tokens.count, tokens[i].kind == .punctuation, tokens[i].isMark(",") { i += 1 }
                kept = i
                continue
            }
            // A comma that starts no « chaque fois … » starts no rewrite (nor does a quotation
            // of one comma); every other token here may start one.
            if token.isMark(",") {
                i += 1
                continue
            }
            // "1 er", "1 ère": an ordinal cut in two.
            if token.kind == .word, i + 1 < tokens.count, tokens[i + 1].kind == .word,
               ["er", "re", "ere", "eme", "e"].contains(tokens[i + 1].word),
               token.text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
                let text = token.text + tokens[i + 1].text
                keep(upTo: i)
                out.append(Token(kind: .word, text: text, folded: Folding.fold(text)))
                i += 2
                kept = i
                continue
            }
            // "les mots suivants sont supprimés : « A »": the words moved before their verb,
            // as "les mots « A » sont supprimés" reads them.
            // (Also without the colon: "les mots suivants sont insérés « A »".) Not "remplacé
            // par la disposition suivante : « A »", where no verb follows the noun.
            // (The quote stands after the verb: an alinéa ending on « la disposition suivante »
            // has none, and no range to look in.)
            if token.kind == .word, Lexicon.wordNouns.contains(token.word), i + 3 < tokens.count,
               Lexicon.following.contains(tokens[i + 1].word),
               let quote = (i + 3..<min(tokens.count, i + 7)).first(where: { tokens[$0].kind == .quote }),
               tokens[(i + 2)..<quote].allSatisfy({ $0.kind == .word || $0.isMark(":") }),
               tokens[i + 2].isWord("est") || tokens[i + 2].isWord("sont") {
                let verb = tokens[(i + 2)..<quote].filter { $0.kind == .word }
                keep(upTo: i)
                out.append(token)
                out.append(tokens[quote])
                out.append(contentsOf: verb)
                i = quote + 1
                kept = i
                continue
            }
            // "la deuxième phrase est supprimée et remplacée par …": a replacement.
            if token.kind == .word, Scanner.isParticiple(token.folded, "supprim"), i + 2 < tokens.count, tokens[i + 1].isWord("et"),
               Scanner.isParticiple(tokens[i + 2].folded, "remplac") {
                keep(upTo: i)
                i += 2
                kept = i
                continue
            }
            // "l'alinéa suivant est inséré", "le paragraphe suivant est ajouté": a new unit.
            if token.kind == .word, token.isWord("l'") || token.isWord("le") || token.isWord("les"), i + 2 < tokens.count,
               ["alinea", "alineas", "paragraphe", "paragraphes"].contains(tokens[i + 1].word),
               ["suivant", "suivants"].contains(tokens[i + 2].word) {
                keep(upTo: i)
                out.append(Token(kind: .word, text: token.isWord("les") ? "des" : "un", folded: token.isWord("les") ? "des" : "un"))
                out.append(tokens[i + 1])
                i += 3
                kept = i
                continue
            }
            if token.kind != .quote, ruleFirstWords.mayContain(token), let candidates = rulesByFirstWord[token.folded] {
                for rule in candidates.lazy.map({ rules[$0] }) where i + rule.find.count <= tokens.count {
                    guard matches(rule.find, tokens, at: i) else { continue }
                    keep(upTo: i)
                    for word in rule.replace {
                        out.append(Token(kind: word == ":" || word == "§" ? .punctuation : .word, text: word, folded: word))
                    }
                    if let note = rule.note { notes.append(note) }
                    i += rule.find.count
                    kept = i
                    continue scan
                }
            }
            i += 1
        }
        if kept == 0 { return tokens }
        keep(upTo: tokens.count)
        return out
    }
}
