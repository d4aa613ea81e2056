/// The lines of a table as converted texts write it, inside a unit's words: `| cell | cell |`
/// rows, the second `| --- | --- |` under the heading row. The one reading of them that the
/// instruction reader and the appliers share.
package enum TableLines {
    /// `| --- | :---: |`: the line under a table's heading row (spaces around it allowed).
    package static func isSeparator(_ line: some StringProtocol) -> Bool {
        let trimmed = line.trimmingSpaces
        return trimmed.hasPrefix("|") && trimmed.allSatisfy { "|-: ".contains($0) } && trimmed.contains("-")
    }

    /// True when a row holds a word: a row of bars and spaces only (Justel's conversion leaves
    /// some under a heading) is no row of the table's content.
    package static func holdsWords(_ row: some StringProtocol) -> Bool {
        row.contains { !"| ".contains($0) }
    }
}
