import ChronolexModel

/// The new text of an instruction: announced by "rédigé comme suit", "ainsi rédigé",
/// "par ce qui suit", "dans la rédaction suivante", "intitulé comme suit" (Dutch
/// "luidende", "als volgt"), then quoted; one block per line of the quotation (an alinéa,
/// a `§ 2 - …`, a `1° …` point, an article heading `Art. 58.2 - …`).
enum NewText {
    /// Consumes an announcement; true when there was one.
    static func takeAnnouncement(_ s: inout Scanner) -> Bool {
        if s.peek()?.text == ",", s.isWord("luidende", at: 1) { s.index += 1 }
        if s.takeParticiple("redig") || s.takeParticiple("intitul") || s.takeParticiple("libell") {
            _ = s.take("comme", "suit")
            return true
        }
        if s.take("ainsi"), s.takeParticiple("redig") || s.takeParticiple("intitul") { return true }
        if s.take("par", "ce", "qui", "suit") || s.take("comme", "suit") || s.take("dans", "la", "redaction", "suivante")
            || s.take("par", "la", "disposition", "suivante") || s.take("par", "les", "dispositions", "suivantes")
            || s.take("luidende") || s.take("als", "volgt") || s.take("door", "wat", "volgt") {
            return true
        }
        return false
    }

    /// Reads the quoted text after an optional colon. When the text was announced and no
    /// quotation follows, that is an error the reader may repair (seed, Art. 20-21).
    static func read(_ s: inout Scanner, announced: Bool, partial: @autoclosure () -> ClauseOutput) throws(InstructionError) -> [String] {
        let save = s.index
        _ = s.take(",")
        _ = s.take(":")
        var quotes: [String] = []
        while let quote = s.takeQuote() {
            quotes.append(quote)
            let next = s.index
            if !(s.take(",") || s.take("et")) || s.peek()?.kind != .quote { s.index = next }
        }
        if quotes.isEmpty {
            s.index = save
            if announced {
                var error = InstructionError("a new text is announced but none follows", kind: .missingText)
                error.partial = [partial()]
                throw error
            }
            _ = s.take(":")
            return []
        }
        return blocks(quotes)
    }

    /// The blocks of the quotations: each line, trimmed, empty lines left out.
    static func blocks(_ quotes: [String]) -> [String] {
        var blocks: [String] = []
        for quote in quotes {
            blocks += Tokenizer.lines(quote)
        }
        return blocks
    }
}

/// The unit an insertion brings, as named: "un alinéa", "deux alinéas", "un § 3",
/// "un 11°", "un 1° A", "un article 155.1", "une section 2.1", "une phrase".
enum NewUnit {
    static let counts: [String: Int] = ["un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "een": 1, "twee": 2]

    static func read(_ s: inout Scanner) -> (name: String, count: Int?, numbered: Bool)? {
        let start = s.index
        var count: Int?
        if let w = s.word(), let n = counts[w] {
            count = n
            s.index += 1
        } else if s.takeAny(["des", "les", "le", "la", "l'"]) == nil {
            return nil
        }
        guard let token = s.peek() else { s.index = start; return nil }
        let w = token.folded
        switch w {
        case "alinea", "alineas", "lid", "leden":
            s.index += 1
            // "un alinéa 3": the number it will have.
            if w == "alinea", let number = s.peek(), number.kind == .word, let n = ReferenceReader.ordinal(number.folded) {
                s.index += 1
                return ("alinéa \(n)", count, true)
            }
            return ("alinéa", count, false)
        case "phrase", "phrases", "zin":
            s.index += 1
            return ("phrase", count, false)
        case "tiret", "tirets":
            s.index += 1
            return ("tiret", count, false)
        case "§", "paragraphe":
            s.index += 1
            _ = s.take("§")
            if let number = s.peek(), number.startsWithDigit {
                s.index += 1
                return ("§ " + OrdinalNumber.normalized(number.text), count, true)
            }
            return ("§", count, false)
        case "article", "artikel":
            s.index += 1
            if let number = ReferenceReader.articleNumber(&s) { return ("article " + number, count, true) }
            return ("article", count, false)
        case "annexe":
            s.index += 1
            return ("annexe", count, false)
        default:
            break
        }
        if let kind = ReferenceReader.divisionWords[w], let number = s.peek(1), number.kind == .word {
            s.index += 2
            return (kind.frenchName.lowercased() + " " + number.text, count, true)
        }
        if w == "point", let next = s.peek(1), ReferenceReader.label(next) != nil { s.index += 1 }
        if let token = s.peek(), let label = ReferenceReader.label(token) {
            s.index += 1
            var name = label.description
            // "un 1° A" (a capital after the label).
            if let suffix = s.peek(), suffix.kind == .word, suffix.text.utf8.count == 1, let c = suffix.text.utf8.first, c >= 0x41, c <= 0x5A {
                s.index += 1
                name += " " + suffix.text
            }
            return (name, count, true)
        }
        s.index = start
        return nil
    }
}

extension NewUnit {
    /// ", comportant l'article 155.1," / ", comportant les articles 119.1 à 119.3,": what a
    /// new division holds, kept as a note.
    static func readContents(_ s: inout Scanner) -> [String] {
        guard s.peek()?.text == ",", s.isWord("comportant", at: 1) else { return [] }
        s.index += 1
        let from = s.index
        ReferenceReader.skipClause(&s)
        let note = Scanner.render(s.tokens[from..<s.index])
        _ = s.take(",")
        return [note]
    }
}
