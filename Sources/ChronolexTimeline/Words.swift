import ChronolexModel

/// The word-level operations of amending instructions, on the words of one unit.
/// Every function says how many places it found, so that the caller can insist on
/// exactly one ("les mots « A »") or accept many ("chaque fois").
enum Words {
    /// The places where `words` stand in `text` as whole words: « trente » is not found in
    /// « trente-six », « mot » not in « mots », « 25 » not in « 25.000 ».
    ///
    /// - Complexity: O(n·m) worst case for n characters of text and m of words (both short).
    ///
    /// A run of spaces in the words matches a run of spaces in the text, however long:
    /// Justel prints « 1°,  2° » with two spaces where the act has one, and spacing is no
    /// part of the law's words.
    static func occurrences(of words: String, in text: String, caseInsensitive: Bool = false) -> [Range<String.Index>] {
        guard !words.isEmpty else { return [] }
        var result: [Range<String.Index>] = []
        var searchStart = text.startIndex
        // Exact matching, unless a run of spaces, a typographic variant or the case may differ
        // (the text's spaces and apostrophes matter only to words that hold some).
        let wordsHoldSpaceOrApostrophe = words.utf8.contains { $0 == 0x20 || $0 == 0x27 }
        let exact = !caseInsensitive && !needsFolding(words) && !(wordsHoldSpaceOrApostrophe && needsFolding(text))
        func folded(_ c: Character) -> String {
            let plain = plainCharacter(c)
            return caseInsensitive ? plain.lowercased() : String(plain)
        }
        let pattern = exact ? [] : words.map(folded)
        func next() -> Range<String.Index>? {
            guard !exact else { return text[searchStart...].firstRange(of: words) }
            var start = searchStart
            while start < text.endIndex {
                var index = start
                var k = 0
                while k < pattern.count, index < text.endIndex {
                    // Each character folded once (twice cost `otherCase` twice its time).
                    let c = folded(text[index])
                    if pattern[k] == " ", c == " " {
                        index = text.index(after: index)
                        while index < text.endIndex, plainCharacter(text[index]) == " " { index = text.index(after: index) }
                        while k < pattern.count, pattern[k] == " " { k += 1 }
                        continue
                    }
                    // `13.000.000` is `13 000 000`: a thousands separator between digits
                    // (when the case may differ: « chaque fois », whole-act replacements).
                    let separators = caseInsensitive && k > 0 && pattern[k - 1].first?.isNumber == true && isThousandsSeparator(pattern[k]) && isThousandsSeparator(c)
                    guard c == pattern[k] || separators else { break }
                    index = text.index(after: index)
                    k += 1
                }
                if k == pattern.count { return start..<index }
                start = text.index(after: start)
            }
            return nil
        }
        while searchStart < text.endIndex, let range = next() {
            if standsAlone(range, in: text) {
                result.append(range)
                searchStart = range.upperBound
            } else {
                searchStart = text.index(after: range.lowerBound)
            }
        }
        return result
    }

    /// The characters that print as another and mean the same in the law's words: the
    /// typographic apostrophes for « ' », the no-break spaces for a space (look 31: « de
    /// l’Intérieur » asked where the text has « de l'Intérieur », « cent euros » with a
    /// no-break space, were « not found », the message showing words that look the same).
    @inline(__always)
    private static func plainCharacter(_ c: Character) -> Character {
        switch c {
        case "\u{2019}", "\u{2018}", "\u{02BC}": "'"
        case "\u{00A0}", "\u{202F}": " "
        default: c
        }
    }

    /// True when the text holds two spaces in a row or one of the variants
    /// ``plainCharacter(_:)`` folds (their UTF-8 bytes: E2 80 98/99/AF, CA BC, C2 A0): then
    /// it is not matched byte for byte. One pass.
    private static func needsFolding(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte < 0x80 {
                if byte == 0x20, previous == 0x20 { return true }
            } else if (previous == 0xC2 && byte == 0xA0) || (previous == 0xCA && byte == 0xBC)
                || (previous == 0x80 && (byte == 0x98 || byte == 0x99 || byte == 0xAF)) {
                return true
            }
            previous = byte
        }
        return false
    }

    /// True when the match is not the middle of a longer word or number.
    static func standsAlone(_ range: Range<String.Index>, in text: String) -> Bool {
        let match = text[range]
        if let first = match.first, isWordCharacter(first), range.lowerBound > text.startIndex {
            let before = text[text.index(before: range.lowerBound)]
            if isWordCharacter(before) || before == "-" { return false }
            // `25` in `1.25`: a number's separator followed by its digits.
            if (before == "." || before == ","), first.isNumber, range.lowerBound > text.index(after: text.startIndex),
               text[text.index(range.lowerBound, offsetBy: -2)].isNumber { return false }
        }
        if let last = match.last, isWordCharacter(last), range.upperBound < text.endIndex {
            let after = text[range.upperBound]
            if isWordCharacter(after) || after == "-" { return false }
            if (after == "." || after == ","), last.isNumber {
                let next = text.index(after: range.upperBound)
                if next < text.endIndex, text[next].isNumber { return false }
            }
        }
        return true
    }

    private static func isWordCharacter(_ c: Character) -> Bool { c.isLetter || c.isNumber }

    private static func isThousandsSeparator(_ c: String) -> Bool {
        c == "." || c == " " || c == "\u{00A0}" || c == "\u{202F}"
    }

    /// `A` → `B` at the given places. Only the seams change: the rest of the text is
    /// kept byte for byte.
    static func replace(_ ranges: [Range<String.Index>], in text: String, with new: String) -> String {
        var result = ""
        var last = text.startIndex
        for range in ranges {
            result += text[last..<range.lowerBound]
            if new.isEmpty {
                // Deleting words closes the gap they leave: `a  b` → `a b`, `a ,` → `a,`.
                let rest = text[range.upperBound...]
                if result.last == " ", rest.first == " " || rest.first.map({ ",;.)".contains($0) }) == true || rest.isEmpty {
                    result.removeLast()
                }
            } else {
                result += new
            }
            last = range.upperBound
        }
        result += text[last...]
        return result.trimmingSpaces
    }

    /// New words after `A`: `A B`.
    static func insert(_ new: String, after range: Range<String.Index>, in text: String) -> String {
        let separator = startsWithPunctuation(new) ? "" : " "
        return String(text[..<range.upperBound]) + separator + new + String(text[range.upperBound...])
    }

    /// « les mots " le Roi " sont remplacés par les mots " le ministre " » where the text has
    /// « … autorisés. Le Roi fixe … » (hand check 11): the words found differ from those asked
    /// only by the capital that opens a sentence, and the new words take it — « Le ministre
    /// fixe », never a sentence opening in lower case. Any other spelling leaves `new` as is.
    static func sentenceCase(_ new: String, asked: String, found: String) -> String {
        guard let a = asked.first, let f = found.first, let n = new.first, a.isLowercase, f.isUppercase, n.isLowercase,
              asked.dropFirst() == found.dropFirst(), String(a).uppercased() == String(f) else { return new }
        return String(n).uppercased() + new.dropFirst()
    }

    /// New words before `A`: `B A` (new words that open with punctuation stand against the
    /// word before them: `x, B A`).
    static func insert(_ new: String, before range: Range<String.Index>, in text: String) -> String {
        var head = String(text[..<range.lowerBound])
        if startsWithPunctuation(new) { while head.last == " " { head.removeLast() } }
        return head + new + " " + String(text[range.lowerBound...])
    }

    /// The places where `A` is followed by `C` (spaces between them allowed): the range
    /// of the gap between them.
    static func gaps(between first: String, and second: String, in text: String) -> [Range<String.Index>] {
        occurrences(of: first, in: text).compactMap { range in
            var index = range.upperBound
            while index < text.endIndex, text[index] == " " || text[index] == "\u{00A0}" { index = text.index(after: index) }
            return text[index...].hasPrefix(second) ? range.upperBound..<index : nil
        }
    }

    /// New words between `A` and `C`: `A B C` (no space before a `C` or a `B` that opens
    /// with punctuation: `A B, C`, `A, B C` — hand check 10, records 62 and 221: « les mots
    /// " , des zoos " sont insérés entre … » once gave « parcs , des zoos »).
    static func insert(_ new: String, inGap gap: Range<String.Index>, in text: String) -> String {
        let after = String(text[gap.upperBound...])
        let before = startsWithPunctuation(new) ? "" : " "
        let separator = startsWithPunctuation(after) ? "" : " "
        return String(text[..<gap.lowerBound]) + before + new + separator + after
    }

    /// New words at the end of the unit, before its final punctuation when the words
    /// continue the sentence ("… complété par les mots « B »"). The spacing before the mark
    /// stays before it (« barbiers ; » → « barbiers, sauf … ; », the eighteenth check).
    ///
    /// New words that end with a mark of their own end the unit with it: the unit's final
    /// mark goes (« … de l'Intérieur. » completed by « et de la Sécurité; » is « … de
    /// l'Intérieur et de la Sécurité; », look 31 — it was « l'Intérieur. et de la
    /// Sécurité; »). A unit that ends with « etc. » keeps the abbreviation's period, and
    /// the sentence ends with one after the new words (it was « etc, conformément … »).
    static func complete(_ text: String, with new: String) -> String {
        let trimmed = text.trimmingSpaces
        let separator = startsWithPunctuation(new) ? "" : " "
        let newEndsWithMark = new.last.map { ".;:".contains($0) } ?? false
        if endsWithAbbreviation(trimmed) {
            return trimmed + separator + new + (newEndsWithMark ? "" : ".")
        }
        if let last = trimmed.last, ".;:".contains(last) {
            let (words, spacing) = splitTrailingSpaces(trimmed.dropLast())
            return newEndsWithMark ? words + separator + new : words + separator + new + spacing + String(last)
        }
        return trimmed + separator + new
    }

    /// What to say when the new words stand after an elision the old ones called for, or
    /// after a full article the old ones did not allow (« L'exploitant » with « exploitant »
    /// replaced by « gestionnaire »: « L'gestionnaire », look 31): the text keeps what
    /// stands before the words — whether « le », « la » or « du » is meant, the instruction
    /// does not say — and the jurist is told. `nil` when nothing of the kind is in `texts`.
    /// `texts` is only read when the two words differ in that way (most replacements do not:
    /// reading an article's units after each one cost a consolidation of 2,000 acts a
    /// quarter of its time).
    static func elisionSlip(replacing old: String, by new: String, in texts: @autoclosure () -> [String]) -> String? {
        guard elisionCanSlip(replacing: old, by: new), let after = opensWithVowel(new) else { return nil }
        let leading = after ? ["le ", "la ", "Le ", "La "] : ["l'", "d'", "qu'", "L'", "D'", "Qu'", "l’", "d’", "L’", "D’"]
        for text in texts() {
            for lead in leading where !occurrences(of: lead + new, in: text).isEmpty {
                return "« \(lead + new) »: the new words stand after « \(lead.trimmingSpaces) », which the old words « \(old) » called for; left as the text has it (the instruction does not say what replaces it): check the text"
            }
        }
        return nil
    }

    /// True when one of the two words opens with a vowel that always takes the elision and
    /// the other with a consonant that never does: only then can the words before them be
    /// wrong (``elisionSlip(replacing:by:in:)``).
    static func elisionCanSlip(replacing old: String, by new: String) -> Bool {
        guard let before = opensWithVowel(old), let after = opensWithVowel(new) else { return false }
        return before != after
    }

    /// A vowel that always takes the elision (not « h », « y », « onze », « un », a digit:
    /// look 32, « de 150 euros » was warned): true; a consonant that never does: false;
    /// `nil` otherwise.
    private static func opensWithVowel(_ words: String) -> Bool? {
        guard let first = words.first, first.isLetter else { return nil }
        let lower = first.lowercased()
        let text = words.lowercased()
        if "hy".contains(lower) || text.hasPrefix("onze") || text.hasPrefix("un ") || text == "un" { return nil }
        return "aeiouàâäéèêëîïôöûùü".contains(lower)
    }

    /// The abbreviations whose period may also end a unit's sentence.
    private static let finalAbbreviations = ["etc.", "enz."]

    /// True when `text` ends with one of ``finalAbbreviations`` as a word of its own.
    static func endsWithAbbreviation(_ text: String) -> Bool {
        finalAbbreviations.contains { abbreviation in
            guard text.hasSuffix(abbreviation) else { return false }
            let before = text.dropLast(abbreviation.count).last
            return before.map { !isWordCharacter($0) } ?? true
        }
    }

    /// `text` without the spaces that end it, and those spaces.
    private static func splitTrailingSpaces(_ text: Substring) -> (words: String, spacing: String) {
        var end = text.endIndex
        while end > text.startIndex, text[text.index(before: end)].isTextSpace { end = text.index(before: end) }
        return (String(text[..<end]), String(text[end...]))
    }

    /// Words deleted: the gap they leave closes (`a  b` → `a b`, `a ,` → `a,`).
    static func delete(_ ranges: [Range<String.Index>], in text: String) -> String {
        replace(ranges, in: text, with: "")
    }

    /// The final punctuation mark replaced ("le point en fin de phrase est remplacé par un
    /// point-virgule"), or `nil` when the unit does not end with the mark.
    static func replaceFinalMark(_ text: String, mark: String, with new: String) -> String? {
        let trimmed = text.trimmingSpaces
        guard trimmed.hasSuffix(mark) else { return nil }
        let (words, spacing) = splitTrailingSpaces(trimmed.dropLast(mark.count))
        // A « ; » or « : » keeps the space the text set before the mark; a full stop, a
        // comma or nothing comes against the last word.
        let keepsSpacing = new.first.map { ";:!?".contains($0) } ?? false
        return words + (keepsSpacing ? spacing : "") + new
    }

    static func startsWithPunctuation(_ text: String) -> Bool {
        guard let first = text.first else { return false }
        return ",;.:)»".contains(first)
    }

    /// The sentences of a unit's words, re-split after an edit (new sentences have no range).
    static func sentences(_ text: String) -> [Sentence] {
        SentenceSplitter.sentences(in: text).map { Sentence($0) }
    }
}
