import ChronolexAmendments
import ChronolexModel

/// Finding the words an instruction quotes, where it says: in one sentence, or in every
/// alinéa and point of the unit cited. The words must stand there exactly once unless the
/// instruction says « chaque fois »; zero or several matches is an error naming the words,
/// the unit and the count.
extension TimelineBuilder {
    /// The units whose words an edit at `path` reads: the sentence or introduction cited,
    /// else every alinéa and point under the unit.
    static func wordUnits(_ path: UnitPath, in article: Article) -> [UnitPath] {
        path.sentence != nil || path.introduction ? [path] : ArticleUnits.textUnits(under: path, in: article)
    }

    /// The units where `anchor` stands (followed by `second`, when given), each with its
    /// count; an error when it stands nowhere, or several times and not `every`.
    static func find(_ anchor: String, followedBy second: String? = nil, in units: [UnitPath], of article: Article,
                     every: Bool, times: Int? = nil, scope: String) -> Result<[UnitPath], Failure> {
        var found: [UnitPath] = []
        var total = 0
        for unit in units {
            let text = text(of: unit, in: article)
            let n = count(anchor, followedBy: second, in: text)
            if n > 0 {
                found.append(unit)
                total += n
            }
        }
        let shown = second.map { "« \(anchor) » followed by « \($0) »" } ?? "« \(anchor) »"
        if total == 0 {
            var why = "words \(shown) not found in \(scope)"
            // « 75.0020 euros » sought where the text has « 75,0020 euros » (hand check 19,
            // record 445: the act's slip): said, never taken for the same number.
            if let other = otherDecimalMarks(anchor), units.contains(where: { count(other, followedBy: second, in: text(of: $0, in: article)) > 0 }) {
                why += "; « \(other) » stands there, its decimal marks the other way: not taken for the same words"
            }
            return .failure(Failure(status: .wordsNotFound(why)))
        }
        if let failure = Self.countFailure(shown, total: total, every: every, times: times, in: scope) { return .failure(failure) }
        return .success(found)
    }

    /// `words` with every « . » and « , » between two digits swapped (« 75.0020 » for
    /// « 75,0020 »); `nil` when it has none.
    static func otherDecimalMarks(_ words: String) -> String? {
        var characters = Array(words)
        var swapped = false
        for index in characters.indices.dropFirst().dropLast()
        where characters[index - 1].isNumber && characters[index + 1].isNumber && (characters[index] == "." || characters[index] == ",") {
            characters[index] = characters[index] == "." ? "," : "."
            swapped = true
        }
        return swapped ? String(characters) : nil
    }

    /// How many times `anchor` stands in `text` (followed by `second`, when given).
    static func count(_ anchor: String, followedBy second: String?, in text: String) -> Int {
        second.map { Words.gaps(between: anchor, and: $0, in: text).count } ?? Words.occurrences(of: anchor, in: text).count
    }

    /// The words found more than once where the instruction does not say « chaque fois »,
    /// or another number of times than it says ("deux fois"): the error; `nil` when the
    /// count is what the instruction says.
    static func countFailure(_ shown: String, total: Int, every: Bool, times: Int?, in scope: String) -> Failure? {
        if total > 1, !every {
            return Failure(status: .wordsFoundTimes("words \(shown) found \(total) times in \(scope); the instruction does not say « chaque fois »", total))
        }
        if let times, total != times {
            return Failure(status: .wordsFoundTimes("words \(shown) found \(total) time(s) in \(scope); the instruction says \(times) (« \(CardinalNumber.french(times)) fois »)", total))
        }
        return nil
    }

    /// The words as the units spell them: the instruction's own when they stand there;
    /// else, when they stand there spelled otherwise only — in another case ("le livre IV"
    /// for the text's "le Livre IV", as Justel reads it), with other thousands separators
    /// ("13.000.000" for "13 000 000"), "&" for "et" — always the same way, the text's.
    static func spelling(of words: String, in units: [UnitPath], of article: Article) -> String {
        let texts = units.map { text(of: $0, in: article) }
        if texts.contains(where: { !Words.occurrences(of: words, in: $0).isEmpty }) { return words }
        var found = Set<String>()
        let variants = [words] + (words.hasPrefix("et ") ? ["& " + words.dropFirst(3)] : []) + (words.contains(" et ") ? [words.replacing(" et ", with: " & ")] : [])
        for text in texts {
            for variant in variants {
                for range in Words.occurrences(of: variant, in: text, caseInsensitive: true) { found.insert(String(text[range])) }
            }
        }
        return found.count == 1 ? found.first! : words
    }

    /// The words standing in `units` in another case than the instruction's, when they also
    /// stand there as it spells them (« le ministre » asked, « Le ministre » opening a
    /// sentence or « le Ministre » elsewhere): how many times, and one spelling; `nil` when
    /// none. Only the words as asked are changed, and the others are said (hand check 14,
    /// record 365: they were left without a word).
    static func otherCase(of words: String, in units: [UnitPath], of article: Article) -> (count: Int, spelling: String)? {
        var count = 0
        var spelling: String?
        for unit in units {
            let text = text(of: unit, in: article)
            for range in Words.occurrences(of: words, in: text, caseInsensitive: true) where text[range] != words {
                if text[range].lowercased() == words.lowercased(), text[range].contains(where: \.isLetter) {
                    count += 1
                    spelling = spelling ?? String(text[range])
                }
            }
        }
        return spelling.map { (count, $0) }
    }

    /// Words changed in the words of an article's units: found (as the text spells them,
    /// ``spelling(of:in:of:)``), then rewritten by `rewrite` in each unit where they stand;
    /// `rewrite` receives the spelling found for the anchor (and for `second`).
    mutating func changeWords(_ anchor: String, followedBy second: String? = nil, every: Bool, times: Int? = nil, _ edit: Edit, at date: LegalDate,
                              applied: AppliedEdit, _ rewrite: @escaping (String, String, String?) -> String) -> Result<String, Failure> {
        if let row = edit.row {
            return changeWordsInRow(row, anchor, followedBy: second, every: every, times: times, edit, at: date, applied: applied, rewrite)
        }
        var notes: [String] = []
        let result = changeUnits(edit, at: date, applied: applied) { article, path, name in
            // "dans l'alinéa 5, 2° et 3°, le mot « trois » est remplacé": in each unit of the
            // range, as if the instruction named it alone.
            var paths = [path]
            switch Self.throughIndex(edit, path: path, in: article) {
            case .success(let last?):
                paths = Self.range(from: path, through: last)
            case .success(nil):
                break
            case .failure(let failure):
                return .failure(failure)
            }
            for path in paths {
                let name = paths.count == 1 ? name : ArticleUnits.describe(path, of: article)
                let units = Self.wordUnits(path, in: article)
                let spelled = Self.spelling(of: anchor, in: units, of: article)
                let spelledSecond = second.map { Self.spelling(of: $0, in: units, of: article) }
                for (asked, found) in [(anchor, spelled), (second ?? "", spelledSecond ?? "")] where asked != found {
                    notes.append("words « \(asked) » found as « \(found) » in \(name)")
                }
                if spelled == anchor, let other = Self.otherCase(of: anchor, in: units, of: article) {
                    notes.append("words « \(anchor) » also stand \(other.count) time(s) in another case in \(name) (« \(other.spelling) »): not changed")
                }
                switch Self.find(spelled, followedBy: spelledSecond, in: units, of: article, every: every, times: times, scope: name) {
                case .success(let found):
                    for unit in found { Self.rewrite(&article, unit) { rewrite($0, spelled, spelledSecond) } }
                case .failure(let failure):
                    return .failure(failure)
                }
            }
            return .success(())
        }
        if case .success = result { self.notes += notes }
        return result
    }

    /// « dans la ligne ayant trait au code 170101, après les mots « A » … »: the words of the
    /// one row of the target's tables that the instruction describes, and of no other (they
    /// were once sought in the whole unit, and changed in another row, without a word).
    mutating func changeWordsInRow(_ row: TableRow, _ anchor: String, followedBy second: String?, every: Bool, times: Int?, _ edit: Edit,
                                   at date: LegalDate, applied: AppliedEdit, _ rewrite: @escaping (String, String, String?) -> String) -> Result<String, Failure> {
        changeUnits(edit, at: date, applied: applied) { article, path, name in
            let unit: UnitPath, line: Int, rowWords: Substring
            switch Self.findRow(row, named: edit.tableNamed, path, in: article, name: name) {
            case .success(let found): (unit, line, rowWords) = found
            case .failure(let failure): return .failure(failure)
            }
            // « dans la colonne " Caractéristiques … " » (hand check 15, a probe around record
            // 379): the words of that column's cell only — sought in the whole row, they were
            // changed in another column without a word.
            let rowText = String(rowWords)
            var cell = 0..<rowText.utf8.count
            var scope = "the \(row) of \(name)"
            if let column = edit.column {
                let lines = Self.lines(of: Self.text(of: unit, in: article)).map(String.init)
                switch Self.cell(column, ofRowAt: line, in: lines) {
                case .success(let range): cell = range
                case .failure(let failure): return .failure(failure)
                }
                scope = "the \(column) of the \(row) of \(name)"
            }
            let shown = second.map { "« \(anchor) » followed by « \($0) »" } ?? "« \(anchor) »"
            let total = Self.count(anchor, followedBy: second, in: Self.slice(rowText, cell))
            if total == 0 { return .failure(Failure(status: .wordsNotFound("words \(shown) not found in \(scope)"))) }
            if let failure = Self.countFailure(shown, total: total, every: every, times: times, in: scope) { return .failure(failure) }
            Self.rewrite(&article, unit) { text in
                var lines = Self.lines(of: text).map(String.init)
                let row = lines[line]
                lines[line] = Self.slice(row, 0..<cell.lowerBound) + rewrite(Self.slice(row, cell), anchor, second) + Self.slice(row, cell.upperBound..<row.utf8.count)
                return lines.joined(separator: "\n")
            }
            return .success(())
        }
    }

    /// The one row of the tables of the unit at `path` (or of the units inside it) that `row`
    /// describes: its unit, its line in that unit's text, its words; a failure when no row
    /// or several are (`verb`: what the instruction does to it, as the failure says it). The
    /// search of words in a row, of a cell and of a row repealed.
    static func findRow(_ row: TableRow, named: String? = nil, _ path: UnitPath, in article: Article, name: String,
                        verb: String = "means") -> Result<(unit: UnitPath, line: Int, words: Substring), Failure> {
        if let failure = oneTable(for: row, named: named, path, in: article, name: name) { return .failure(failure) }
        var hits: [(unit: UnitPath, line: Int, words: Substring)] = []
        for unit in wordUnits(path, in: article) {
            let lines = lines(of: text(of: unit, in: article))
            hits += rowLines(row, in: lines).map { (unit, $0, lines[$0]) }
        }
        guard hits.count == 1, let hit = hits.first else {
            return .failure(hits.isEmpty ? .notFound("no \(row) in a table of \(name)")
                                         : .unsupported("\(hits.count) rows of the tables of \(name) are the \(row): which one the instruction \(verb) is not said"))
        }
        return .success(hit)
    }

    /// « dans la colonne " Mode d'utilisation ", dans la ligne ayant trait au code 170302A, la
    /// disposition est remplacée par la disposition suivante : " … " » (2023200531, art. 1,
    /// 2°): the words of the cell where the row described and the column meet, replaced
    /// whole (a space kept on each side, as the table writes its cells).
    mutating func replaceCell(_ new: String, _ edit: Edit, at date: LegalDate, applied: AppliedEdit) -> Result<String, Failure> {
        guard let row = edit.row, let column = edit.column else {
            return .failure(.unreadable("a cell is where a row and a column meet: the edit names \(edit.row == nil ? "no row" : "no column")"))
        }
        return changeUnits(edit, at: date, applied: applied) { article, path, name in
            let unit: UnitPath, line: Int
            switch Self.findRow(row, named: edit.tableNamed, path, in: article, name: name) {
            case .success(let found): (unit, line) = (found.unit, found.line)
            case .failure(let failure): return .failure(failure)
            }
            let lines = Self.lines(of: Self.text(of: unit, in: article)).map(String.init)
            let cell: Range<Int>
            switch Self.cell(column, ofRowAt: line, in: lines) {
            case .success(let range): cell = range
            case .failure(let failure): return .failure(failure)
            }
            Self.rewrite(&article, unit) { text in
                var lines = Self.lines(of: text).map(String.init)
                let row = lines[line]
                lines[line] = Self.slice(row, 0..<cell.lowerBound) + " " + new + " " + Self.slice(row, cell.upperBound..<row.utf8.count)
                return lines.joined(separator: "\n")
            }
            return .success(())
        }
    }

    /// The cell of `column` in the row at `line` (its range in that line, between its two
    /// `|`): the column by its number, or by the one heading of the table's first line whose
    /// words hold the heading named; a failure when the table has no such column, or
    /// several headings hold those words.
    static func cell(_ column: TableColumn, ofRowAt line: Int, in lines: [String]) -> Result<Range<Int>, Failure> {
        // The cells of a line, as ranges of its UTF-8 bytes between two `|`.
        func cells(_ line: String) -> [Range<Int>] {
            let bars = line.utf8.indices.enumerated().filter { line.utf8[$0.element] == UInt8(ascii: "|") }.map(\.offset)
            return zip(bars, bars.dropFirst()).map { ($0 + 1)..<$1 }
        }
        var first = line
        while first > 0, lines[first - 1].trimmingSpaces.hasPrefix("|") { first -= 1 }
        let header = lines[first]
        let headings = cells(header).map { Folding.fold(slice(header, $0)).lowercased().trimmingSpaces }
        let index: Int
        if let number = column.number {
            index = number - 1
        } else {
            let wanted = Folding.fold(column.heading ?? "").lowercased().trimmingSpaces
            // Whole words of the heading, as words are found in a text: « mode » is not in
            // « Commodes » (hand check 17).
            let matches = headings.indices.filter { !wanted.isEmpty && !Words.occurrences(of: wanted, in: headings[$0]).isEmpty }
            guard matches.count == 1, let only = matches.first else {
                return .failure(.notFound(matches.isEmpty ? "the \(column) is not a heading of the table (its first line: \(header.trimmingSpaces))"
                                                          : "\(matches.count) headings of the table hold the words of the \(column): which one is not said"))
            }
            index = only
        }
        let row = cells(lines[line])
        guard row.indices.contains(index), headings.count == row.count else {
            return .failure(.notFound("the row has \(row.count) cells under \(headings.count) headings: the \(column) cannot be told"))
        }
        return .success(row[index])
    }

    /// The text of `range`, UTF-8 offsets into `text` (a `|` on each side: whole characters).
    static func slice(_ text: String, _ range: Range<Int>) -> String {
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        let end = utf8.index(utf8.startIndex, offsetBy: range.upperBound)
        return String(text[start..<end])
    }

    /// The units from `path` to the unit at index `last` of the same level (points, else
    /// alinéas, else paragraphs).
    static func range(from path: UnitPath, through last: Int) -> [UnitPath] {
        var result: [UnitPath] = []
        if let first = path.points.last {
            for index in first...max(first, last) {
                var unit = path
                unit.points[unit.points.count - 1] = index
                result.append(unit)
            }
        } else if let first = path.alinea {
            for index in first...max(first, last) {
                var unit = path
                unit.alinea = index
                result.append(unit)
            }
        } else if let first = path.paragraph {
            for index in first...max(first, last) {
                var unit = path
                unit.paragraph = index
                result.append(unit)
            }
        }
        return result.isEmpty ? [path] : result
    }

    /// What cannot be done to a unit outside any article (a division, the title, the act):
    /// the titles and divisions are appliers' own cases; the rest is said, never guessed.
    func notAppliedOutsideArticles(_ edit: Edit) -> Failure {
        if let named = edit.target.steps.first(where: { if case .namedDivision = $0 { return true } else { return false } }) {
            return .unsupported("the act's divisions hold no \(named.description.split(separator: " ").first ?? "") (the reader has no such kind of division): \(edit.target.address ?? "") cannot be placed")
        }
        let kind = edit.change?.kind.rawValue ?? "change"
        if edit.target.steps.contains(.heading) {
            if edit.target.steps.allSatisfy({ $0 == .heading }) {
                return .unsupported("\(kind) of the title with words is not applied yet (title: « \(titles.last?.title ?? "") »)")
            }
            return .unsupported("\(kind) of a division heading is not applied yet")
        }
        return .unsupported("\(kind) of \(edit.target.address ?? "the act") is not applied yet")
    }

    /// "Dans le même arrêté, le mot « A » est chaque fois remplacé par le mot « B »": every
    /// alinéa and point of every article in force.
    mutating func changeWordsEverywhere(_ words: String, every: Bool, times: Int? = nil, at date: LegalDate, applied: AppliedEdit,
                                        _ rewrite: @escaping (String, [Range<String.Index>]) -> String) -> Result<String, Failure> {
        var changed: [(String, Article)] = []
        var total = 0
        for key in articleOrder() {
            guard var article = current(key), article.status != .repealed else { continue }
            var found = 0
            for unit in ArticleUnits.textUnits(under: UnitPath(), in: article) {
                let n = Words.occurrences(of: words, in: Self.text(of: unit, in: article)).count
                guard n > 0 else { continue }
                found += n
                Self.rewrite(&article, unit) { text in rewrite(text, Words.occurrences(of: words, in: text)) }
            }
            if found > 0 {
                total += found
                changed.append((key, article))
            }
        }
        if total == 0 { return .failure(Failure(status: .wordsNotFound("words « \(words) » not found in the act"))) }
        if let failure = Self.countFailure("« \(words) »", total: total, every: every, times: times, in: "the act") { return .failure(failure) }
        for (key, article) in changed {
            var record = applied
            record.units = ["art. \(key)"]
            commit(key, article, at: date, by: record)
        }
        // The act's title is not one of its articles: words standing there are left as they
        // are, and said (look 42: « chaque fois » in the whole act left the title as it was,
        // without a word).
        if let title = titles.last(where: { $0.validFrom <= date })?.title, !Words.occurrences(of: words, in: title).isEmpty {
            notes.append("the words « \(words) » also stand in the act's title, which is left as it is: the change is applied to the articles")
        }
        return .success("the act (\(total) times, in \(changed.count) articles)")
    }
}
