import ChronolexAmendments
import ChronolexModel

/// Applies "le tableau est remplacé par le tableau suivant : …": the rows of the one table
/// the target holds (its `| … |` lines, in the alinéa or point that prints it) are replaced
/// by the new rows; the words around the table stay. No table, or several, in the target is
/// an error that says how many: which table the instruction means is never guessed.
extension TimelineBuilder {
    mutating func replaceTable(_ rows: [String], _ edit: Edit, at date: LegalDate, applied: AppliedEdit) -> Result<String, Failure> {
        guard edit.target.article != nil else { return .failure(notAppliedOutsideArticles(edit)) }
        return changeUnits(edit, at: date, applied: applied) { article, path, name in
            var holders: [(unit: UnitPath, tables: [Range<Int>])] = []
            for unit in Self.wordUnits(path, in: article) {
                let tables = Self.tables(in: Self.text(of: unit, in: article))
                if !tables.isEmpty { holders.append((unit, tables)) }
            }
            let count = holders.reduce(0) { $0 + $1.tables.count }
            guard count == 1, let holder = holders.first, let table = holder.tables.first else {
                let found = count == 0 ? "holds no table" : "holds \(count) tables: which one the instruction replaces is not said"
                return .failure(count == 0 ? .notFound("\(name) \(found)") : .unsupported("\(name) \(found)"))
            }
            Self.rewrite(&article, holder.unit) { text in
                var lines = Self.lines(of: text)
                lines.replaceSubrange(table, with: rows.map { $0[...] })
                return lines.joined(separator: "\n")
            }
            return .success(())
        }
    }

    /// The tables of a unit's text: each run of lines that are rows (`| … |`), as a range of
    /// line indices.
    static func tables(in text: String) -> [Range<Int>] {
        var tables: [Range<Int>] = []
        var start: Int?
        let lines = lines(of: text)
        for (index, line) in lines.enumerated() {
            let isRow = line.trimmingSpaces.hasPrefix("|")
            if isRow, start == nil { start = index }
            if !isRow, let first = start {
                tables.append(first..<index)
                start = nil
            }
        }
        if let first = start { tables.append(first..<lines.count) }
        return tables
    }
}
