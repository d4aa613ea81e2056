import ChronolexAmendments
import ChronolexDiff
import ChronolexModel
import ChronolexReaders
import ChronolexTimeline
import ChronolexWorkspace
import Foundation
import FuzzSupport

/// The timeline and the diff, on fuzzed amending acts against a base act of `Corpus/`
/// (the arrêté of 12 March 2015 on public libraries). The bytes are an amending act: as
/// they are when they start like markdown, else as the words of its article 1, under a
/// front matter that says it amends that arrêté.
///
/// Asserts: no crash, no hang, no memory error; every edit aimed at the base act has an
/// outcome, and every failed outcome a diagnostic naming the amending act; the act on a
/// date written as markdown reads again without error, to the same tree; a diff between a
/// date and itself has no change.
let base: String = {
    let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Corpus/2015-bibliotheques.md")
    return (try? String(contentsOf: corpus, encoding: .utf8)) ?? ""
}()

let frontMatter = """
    ---
    title-fr: "Arrêté du Gouvernement modifiant l'arrêté du Gouvernement du 12 mars 2015 relatif aux bibliothèques publiques"
    date: 2024-01-01
    number: 2024200001
    case: 2024-01-01/01
    publication: 2024-01-10
    modifies: 2015201234
    ---

    **Art. 1er.**\u{20}
    """

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let input = fuzzBytes(data, size)
    let bytes = startsLikeMarkdown(input) ? input : Array(frontMatter.utf8) + input
    guard !base.isEmpty else { fuzzFailure("Corpus/2015-bibliotheques.md not found beside the Fuzz package", bytes) }
    var workspace = Workspace(texts: [("base.md", base)])
    workspace.add(ActReader.read(bytes: bytes, file: "fuzz.md"), file: "fuzz.md")
    guard case .success(let consolidated) = workspace.consolidated(act: "2015201234") else { return 0 }
    let timeline = consolidated.timeline
    let aimed = workspace.edits.filter { edit in edit.targetAct.map { Consolidation.matches($0, consolidated.base) } ?? false }
    let considered = timeline.outcomes.filter { outcome in outcome.edit.targetAct.map { Consolidation.matches($0, consolidated.base) } ?? false }
    if considered.count != aimed.count { fuzzFailure("\(aimed.count) edits aimed at the base act, \(considered.count) outcomes", bytes) }
    for outcome in timeline.outcomes where outcome.status.isFailure {
        guard let diagnostic = outcome.diagnostic, diagnostic.file == "fuzz.md" else {
            fuzzFailure("a failed outcome without a diagnostic naming the amending act: \(outcome.summary)", bytes)
        }
        _ = diagnostic
    }
    let dates = ["2015-05-01", "2024-01-20", "2030-01-01"].compactMap { LegalDate($0) }
    for date in dates {
        let act = timeline.act(at: date)
        _ = TextRenderer.render(act)
        _ = JustelRenderer.render(act, timeline, at: date)
        let markdown = MarkdownRenderer.render(act)
        let again = ActReader.read(text: markdown, file: "again.md")
        guard let reread = again.act, !again.hasErrors else {
            fuzzFailure("the consolidation on \(date.iso) written as markdown does not read again: \(again.diagnostics.filter { $0.severity == .error })", bytes)
        }
        if JSONRenderer(includeRanges: false).render(reread) != JSONRenderer(includeRanges: false).render(act) {
            fuzzFailure("the consolidation on \(date.iso) reads back to another tree", bytes)
        }
    }
    if case .success(let diff) = consolidated.diff(from: dates[0], to: dates[2]) {
        _ = TextDiffRenderer.render(diff, style: .plain)
        _ = JSONDiffRenderer.render(diff)
        _ = HTMLDiffRenderer.render(diff)
    }
    if case .success(let same) = consolidated.diff(from: dates[1], to: dates[1]), !same.changes.isEmpty {
        fuzzFailure("a diff between a date and itself has \(same.changes.count) changes", bytes)
    }
    _ = ExplanationRenderer.text(timeline.outcomes)
    return 0
}

/// The program's entry point (see `runFuzzer`): libFuzzer's driver, on `fuzz`.
@_cdecl("FuzzTimeline_main")
public func FuzzTimelineMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv, fuzz)
}
