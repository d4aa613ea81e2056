import ChronolexCorpusReport
import Foundation

// The real-corpus report (issue 13): `swift run chronolex-report [CORPUS [COUNTS]]`, by
// default ../shared/corpus beside the package and the hand count in Tests/Data. Prints
// markdown; exits 1 when the corpus is absent.
let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let arguments = CommandLine.arguments.dropFirst()
let corpus = arguments.first.map { URL(fileURLWithPath: $0) } ?? package.deletingLastPathComponent().appendingPathComponent("shared/corpus")
let countsPath = arguments.dropFirst().first ?? package.appendingPathComponent("Tests/Data/amending-sample-instructions.tsv").path
guard FileManager.default.fileExists(atPath: corpus.path), let counts = try? String(contentsOfFile: countsPath, encoding: .utf8) else {
    FileHandle.standardError.write(Data("chronolex-report: \(corpus.path) or \(countsPath) not found\n".utf8))
    exit(1)
}
print(CorpusReport(corpus: corpus, counts: counts).markdown, terminator: "")
