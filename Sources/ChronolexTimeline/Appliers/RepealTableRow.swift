import ChronolexAmendments
import ChronolexModel

/// Applies « la ligne qui commence par " X " … est abrogée », « la ligne ayant trait au code
/// 170201 est abrogée »: the row of a table of the target (a `| … |` line of one of its
/// alinéas or points) that the words describe is taken out. No such row, or several, is an
/// error that says how many: a row is never chosen among others.
extension TimelineBuilder {
    mutating func repealTableRow(_ row: TableRow, _ edit: Edit, at date: LegalDate, applied: AppliedEdit) -> Result<String, Failure> {
        guard edit.target.article != nil else { return .failure(notAppliedOutsideArticles(edit)) }
        return changeUnits(edit, at: date, applied: applied) { article, path, name in
            let hit: (unit: UnitPath, line: Int, words: Substring)
            switch Self.findRow(row, named: edit.tableNamed, path, in: article, name: name, verb: "repeals") {
            case .success(let found): hit = found
            case .failure(let failure): return .failure(failure)
            }
            Self.rewrite(&article, hit.unit) { text in
                var lines = Self.lines(of: text)
                lines.remove(at: hit.line)
                return lines.joined(separator: "\n")
            }
            return .success(())
        }
    }

    /// A row named by its number is a row of « le tableau », one table, and a row of a table
    /// named by words Chronolex does not locate (`named`) is sought only where there is one:
    /// when the unit holds several (in one alinéa or in several), which one is not said (hand
    /// check 17: one row was taken from each of two tables, in two alinéas). `nil` otherwise.
    static func oneTable(for row: TableRow, named: String? = nil, _ path: UnitPath, in article: Article, name: String) -> Failure? {
        let numbered = if case .numbered = row { true } else { false }
        guard numbered || named != nil else { return nil }
        var tables = 0
        for unit in wordUnits(path, in: article) {
            tables += lines(of: text(of: unit, in: article)).filter(TableLines.isSeparator).count
        }
        guard tables > 1 else { return nil }
        // « concernant le premier domaine d'utilisation »: which table those words name is not
        // located (hand check 17: the row was found in the second domain's table, and changed).
        if let named { return .unsupported("\(name) holds \(tables) tables, and the one « \(named) » names is not located: the \(row) is not sought") }
        return .unsupported("\(name) holds \(tables) tables: « le tableau » whose \(row) is meant is not said")
    }

    /// The lines of a unit's words: a table's rows are lines of them.
    static func lines(of text: String) -> [Substring] {
        text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// The indices of the lines that are rows (`| … |`) the instruction's words describe.
    static func rowLines(_ row: TableRow, in lines: [Substring]) -> [Int] {
        guard case .numbered(let number, let key) = row else { return lines.indices.filter { describes(row, lines[$0]) } }
        // The row of that number, counted from the first row under the heading (its `| --- |`
        // line), rows without a word not counted (Justel's conversion leaves some), and a cell
        // of it those words — one way of counting, the words checking it (a second way, with
        // the heading counted, once let a wrong pairing of numbers and words take a third row).
        // A table without its heading line gives no row (which is the first is not certain).
        // « le tableau » is one table: when the unit holds several, the row of that number in
        // each is a candidate, and the caller says that the instruction does not say which
        // (hand check 17: one row was taken from each of two tables).
        var tables: [[Int]] = []
        var table: [Int] = []
        var headed = false
        func close() {
            tables.append(headed ? Array(table.dropFirst()) : [])
            table = []
            headed = false
        }
        for (k, line) in lines.enumerated() {
            let trimmed = line.trimmingSpaces
            if trimmed.hasPrefix("|") {
                if TableLines.isSeparator(trimmed) {
                    headed = table.count == 1
                } else if table.isEmpty || TableLines.holdsWords(trimmed) {
                    table.append(k)
                }
            } else if !table.isEmpty {
                close()
            }
        }
        if !table.isEmpty { close() }
        if tables.count > 1 { return tables.compactMap { $0.indices.contains(number - 1) ? $0[number - 1] : nil } }
        guard let rows = tables.first, rows.indices.contains(number - 1), describes(.named(key), lines[rows[number - 1]]) else { return [] }
        return [rows[number - 1]]
    }

    /// True when the line is a row (`| … |`) that the words describe: its first cell begins
    /// with the first words (and its last ends with the last), or one of its cells is the key.
    static func describes(_ row: TableRow, _ line: Substring) -> Bool {
        let trimmed = line.trimmingSpaces
        guard trimmed.hasPrefix("|") else { return false }
        let cells = trimmed.split(separator: "|", omittingEmptySubsequences: true).map { Self.spaced($0) }.filter { !$0.isEmpty }
        switch row {
        case .startingWith(let first, let last):
            // Whole words: « n° 18 » is not the start of « n° 180 » (hand check 12, record 131).
            let words = Self.spaced(first[...])
            guard let head = cells.first, head.hasPrefix(words), !Self.continuesWord(head.dropFirst(words.count).first) else { return false }
            return last.map { tail in
                let words = Self.spaced(tail[...])
                guard let end = cells.last, end.hasSuffix(words) else { return false }
                return !Self.continuesWord(end.dropLast(words.count).last)
            } ?? true
        case .about(let key):
            // A cell that is the code, or the first cell that begins with it (« 170201 (*) »);
            // another cell that begins with it is another row's words (hand check 17: the row of
            // 170101, whose « Déchet » read « 170302 et autres … », took « le code 170302 »).
            return cells.contains { $0 == key } || cells.first.map { $0.hasPrefix(key + " ") } == true
        case .named(let key), .numbered(_, let key):
            // Those words exactly: « sable » is not « sable de béton » (hand check 17).
            return cells.contains { $0 == key }
        }
    }

    /// True when the character beside quoted words would make them part of a longer word
    /// or number (a letter or a digit).
    private static func continuesWord(_ character: Character?) -> Bool {
        character.map { $0.isLetter || $0.isNumber } ?? false
    }

    /// Words with one space between them (Justel's cells keep the converter's runs).
    private static func spaced(_ text: Substring) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" }).joined(separator: " ")
    }
}
