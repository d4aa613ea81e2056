import ChronolexModel
import Foundation

/// `chronolex-bench generate DIR`: writes the inputs that `scripts/bench.sh` gives the
/// `chronolex` binary — a large act (the example acts' articles replicated), an amending act
/// of 100,000+ instructions, two versions of an act with one word in a hundred changed, and a
/// base act under 2,000 amending acts. Nothing is timed here: the script times whole
/// processes of the built binary, beside a baseline on the same bytes.
struct GeneratorError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

let usage = """
usage: chronolex-bench generate DIR [--corpus Corpus] [--megabytes 30] [--instructions 100000] [--diff-megabytes 5]

Writes into DIR:
  large-act.md          an act of about --megabytes MB (the example acts' articles, renumbered)
  amending-act.md       an amending act of at least --instructions instructions of every form
  diff-old.md, diff-new.md
                        an act of about --diff-megabytes MB and a copy with 1% of its words changed
  consolidation/        a base act of 1,000 articles (numac 2000200001) and 2,000 amending acts
                        of 10 instructions each
  inputs.txt            what was generated (name=value lines)
"""

func write(_ bytes: [UInt8], to path: String) throws {
    guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else { throw GeneratorError("cannot write \(path)") }
}

func generate(arguments: [String]) throws {
    var rest = arguments
    guard !rest.isEmpty else { throw GeneratorError(usage) }
    let directory = rest.removeFirst()
    var corpus = "Corpus", megabytes = 30.0, instructions = 100_000, diffMegabytes = 5.0
    while !rest.isEmpty {
        let option = rest.removeFirst()
        guard let value = rest.first else { throw GeneratorError("\(option) needs a value\n\n\(usage)") }
        rest.removeFirst()
        switch option {
        case "--corpus": corpus = value
        case "--megabytes": megabytes = Double(value) ?? megabytes
        case "--instructions": instructions = Int(value) ?? instructions
        case "--diff-megabytes": diffMegabytes = Double(value) ?? diffMegabytes
        default: throw GeneratorError("unknown option \(option)\n\n\(usage)")
        }
    }
    let manager = FileManager.default
    try manager.createDirectory(atPath: directory, withIntermediateDirectories: true)
    var manifest: [String] = []

    let (large, articles) = try BenchmarkInput.largeAct(from: corpus, megabytes: megabytes)
    try write(large, to: directory + "/large-act.md")
    manifest += ["large_act_bytes=\(large.count)", "large_act_articles=\(articles)"]

    let (amending, count) = AmendingAct.generate(instructions: instructions)
    try write(Array(amending.utf8), to: directory + "/amending-act.md")
    manifest += ["amending_act_bytes=\(amending.utf8.count)", "amending_act_instructions=\(count)"]

    let (old, _) = try BenchmarkInput.largeAct(from: corpus, megabytes: diffMegabytes)
    let (new, changed, total) = TwoVersions.changeWords(old, everyHundred: 1)
    try write(old, to: directory + "/diff-old.md")
    try write(new, to: directory + "/diff-new.md")
    manifest += ["diff_bytes=\(old.count)", "diff_words_changed=\(changed)", "diff_words=\(total)"]

    let folder = directory + "/consolidation"
    try? manager.removeItem(atPath: folder)
    try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let (base, acts) = try ConsolidationInput.generate()
    try write(Array(base.utf8), to: folder + "/base.md")
    var bytes = base.utf8.count
    for (k, text) in acts.enumerated() {
        try write(Array(text.utf8), to: folder + "/amending-" + String(10_000 + k).dropFirst() + ".md")
        bytes += text.utf8.count
    }
    manifest += ["consolidation_bytes=\(bytes)", "consolidation_acts=\(acts.count)", "consolidation_act=2000200001"]
    try write(Array((manifest.joined(separator: "\n") + "\n").utf8), to: directory + "/inputs.txt")
    print(manifest.joined(separator: "\n"))
}

var arguments = Array(CommandLine.arguments.dropFirst())
do {
    guard arguments.first == "generate" else { throw GeneratorError(usage) }
    arguments.removeFirst()
    try generate(arguments: arguments)
} catch {
    FileHandle.standardError.write(Data("chronolex-bench: \(error)\n".utf8))
    exit(2)
}
