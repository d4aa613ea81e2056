import ChronolexModel

/// A table printed after an instruction, without quotation marks, as converted texts write
/// it: `_Table:_`, then rows `| cell | cell |`, the second `| --- | --- |`
/// ("le tableau est remplacé par le tableau suivant :", 2024200691). Its rows are the new
/// text of ``Change/replaceTable(_:)``.
enum TableText {
    /// The instruction's words and the rows of the table that ends it: the lines from the
    /// first `_Table:_` or `| … |` line on are all rows (or blank, or `_Table:_`), and the
    /// words before them end with a colon. `nil` for any other text.
    ///
    /// Two tables one after the other (`_Table:_` again: the Moniteur's table split by a
    /// page, 2024200691, art. 3) are one table, as the instruction announces it: `parts`
    /// says how many were joined, and only the first keeps its `| --- |` line.
    static func split(_ text: String) -> (head: String, rows: [String], parts: Int)? {
        // Most instructions hold no table: one pass over the bytes says so.
        guard holdsByte(text, UInt8(ascii: "|")) else { return nil }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.firstIndex(where: { isTableLine($0) }), first > 0 else { return nil }
        let head = lines[..<first].joined(separator: "\n").trimmingSpaces
        // After the announcement's colon; or after a quotation, when the table is the quoted
        // entry's own (``CompleteByEntryForm``: the caller keeps that reading only).
        guard head.hasSuffix(":") || head.hasSuffix("»") else { return nil }
        var rows: [String] = []
        var parts = 0
        var previousWasRow = false
        for line in lines[first...] {
            let trimmed = line.trimmingSpaces
            if trimmed.isEmpty { continue }
            if trimmed == marker {
                previousWasRow = false
                continue
            }
            guard trimmed.hasPrefix("|") else { return nil }
            if !previousWasRow { parts += 1 }
            previousWasRow = true
            if parts > 1, TableLines.isSeparator(trimmed) { continue }
            rows.append(normalized(trimmed))
        }
        return rows.isEmpty ? nil : (head, rows, parts)
    }

    /// `_Table:_`, how converted texts announce a table.
    static let marker = "_Table:_"

    /// True for `_Table:_` or a `| … |` row.
    static func isTableLine(_ line: Substring) -> Bool {
        let trimmed = line.trimmingSpaces
        return trimmed.hasPrefix("|") || trimmed == marker
    }

    /// True when every block is a row of a table (the new text of a table quoted).
    static func isTable(_ blocks: [String]) -> Bool {
        !blocks.isEmpty && blocks.allSatisfy { $0.trimmingSpaces.hasPrefix("|") || $0.trimmingSpaces == marker }
    }

    /// The rows of `blocks`, `_Table:_` left out, each ``normalized(_:)``.
    static func rows(_ blocks: [String]) -> [String] {
        blocks.map(\.trimmingSpaces).filter { $0 != marker && !$0.isEmpty }.map(normalized)
    }

    /// A row with its cells trimmed and one space each side of every bar:
    /// `| Recettes générales  | 376 793  |` → `| Recettes générales | 376 793 |`.
    static func normalized(_ row: String) -> String {
        var cells = row.trimmingSpaces.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingSpaces }
        if cells.first?.isEmpty == true { cells.removeFirst() }
        if cells.last?.isEmpty == true { cells.removeLast() }
        return "| " + cells.joined(separator: " | ") + " |"
    }
}
