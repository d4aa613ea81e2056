import ChronolexDiff
import ChronolexModel
import ChronolexReaders
import Foundation

/// The diff benchmark: a generated act of about `megabytes` MB (the example acts'
/// articles replicated), a copy with 1% of its words changed, then in the same run
/// Chronolex (read both files, pair units, diff words, render HTML) and
/// `git diff --no-index --word-diff` on the same two markdown files. Run it in release mode.
enum DiffBenchmark {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func run(megabytes: Int) throws -> String {
        try run(megabytes: megabytes, corpus: "Corpus", runs: 3)
    }

    static func run(megabytes: Int, corpus: String, runs: Int) throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("chronolex-diff-bench-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let (oldBytes, articles) = try BenchmarkInput.largeAct(from: corpus, megabytes: megabytes)
        let (newBytes, changedWords, totalWords) = changeWords(oldBytes, everyHundred: 1)
        let oldPath = directory.appendingPathComponent("old.md").path
        let newPath = directory.appendingPathComponent("new.md").path
        guard FileManager.default.createFile(atPath: oldPath, contents: Data(oldBytes)),
              FileManager.default.createFile(atPath: newPath, contents: Data(newBytes)) else {
            throw Failure(description: "cannot write the generated acts in \(directory.path)")
        }

        var readTimes: [Double] = [], diffTimes: [Double] = [], htmlTimes: [Double] = [], totalTimes: [Double] = []
        var changes = 0, htmlBytes = 0
        for _ in 0..<runs {
            let start = DispatchTime.now()
            let old = ActReader.read(path: oldPath)
            let new = ActReader.read(path: newPath)
            guard let oldAct = old.act, let newAct = new.act, !old.hasErrors, !new.hasErrors else {
                let errors = (old.diagnostics + new.diagnostics).filter { $0.severity == .error }.prefix(3)
                throw Failure(description: "the generated acts do not read: \(errors.map(\.description).joined(separator: "; "))")
            }
            let read = DispatchTime.now()
            let diff = ActDiffer.diff(old: oldAct, new: newAct, from: ActDiff.Side(label: oldPath, file: oldPath),
                                      to: ActDiff.Side(label: newPath, file: newPath))
            let diffed = DispatchTime.now()
            let html = HTMLDiffRenderer.render(diff)
            let end = DispatchTime.now()
            readTimes.append(seconds(start, read))
            diffTimes.append(seconds(read, diffed))
            htmlTimes.append(seconds(diffed, end))
            totalTimes.append(seconds(start, end))
            changes = diff.changes.count
            htmlBytes = html.utf8.count
        }
        var gitTimes: [Double] = []
        var gitBytes = 0
        for _ in 0..<runs {
            let (time, bytes) = try timeGit(["diff", "--no-index", "--word-diff", "--no-color", oldPath, newPath])
            gitTimes.append(time)
            gitBytes = bytes
        }
        let size = Double(oldBytes.count) / 1_000_000
        let total = Stopwatch.median(totalTimes), git = Stopwatch.median(gitTimes)
        return """
        input: \(format(size, 1)) MB, \(articles) articles; \(changedWords) of \(totalWords) words changed (\(format(100 * Double(changedWords) / Double(max(totalWords, 1)), 2))%)
        chronolex read both files:   median \(ms(Stopwatch.median(readTimes))) over \(runs) runs
        chronolex pair + word diff:  median \(ms(Stopwatch.median(diffTimes))) (\(changes) changed units)
        chronolex HTML rendering:    median \(ms(Stopwatch.median(htmlTimes))) (\(format(Double(htmlBytes) / 1_000_000, 1)) MB of HTML)
        chronolex total (read + diff + HTML): median \(ms(total))
        git diff --no-index --word-diff:      median \(ms(git)) (\(format(Double(gitBytes) / 1_000_000, 1)) MB of output)
        ratio chronolex / git: \(format(total / git, 2))x (diff + HTML alone: \(format((Stopwatch.median(diffTimes) + Stopwatch.median(htmlTimes)) / git, 2))x)

        """
    }

    /// A copy with one word in a hundred replaced (deterministic), headings and point
    /// labels left alone so that the structure stays the same.
    static func changeWords(_ bytes: [UInt8], everyHundred: Int) -> (bytes: [UInt8], changed: Int, total: Int) {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 50)
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        var changed = 0, total = 0
        var index = 0
        var inFrontMatter = 0
        let replacement = Array("modifié".utf8)
        while index < bytes.count {
            // One line at a time.
            var end = index
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            let line = bytes[index..<end]
            if line.elementsEqual("---".utf8) { inFrontMatter += 1 }
            let skip = inFrontMatter < 2 || line.first == 0x23 || line.isEmpty
            var position = index
            var first = true
            while position < end {
                var wordEnd = position
                while wordEnd < end, bytes[wordEnd] != 0x20 { wordEnd += 1 }
                let word = bytes[position..<wordEnd]
                let isWord = !word.isEmpty && word.allSatisfy { $0 >= 0x61 && $0 <= 0x7A }
                if !skip, !first, isWord {
                    total += 1
                    seed = seed &* 6364136223846793005 &+ 1442695040888963407
                    if (seed >> 33) % 100 < UInt64(everyHundred) {
                        out += replacement
                        changed += 1
                    } else {
                        out += word
                    }
                } else {
                    out += word
                }
                first = false
                if wordEnd < end { out.append(0x20) }
                position = wordEnd + 1
            }
            if end < bytes.count { out.append(0x0A) }
            index = end + 1
        }
        return (out, changed, total)
    }

    private static func timeGit(_ arguments: [String]) throws -> (Double, Int) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        let start = DispatchTime.now()
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let time = seconds(start, DispatchTime.now())
        // git diff exits with 1 when the files differ.
        guard process.terminationStatus == 1 else {
            throw Failure(description: "git diff --no-index exited with \(process.terminationStatus)")
        }
        return (time, data.count)
    }

    private static func seconds(_ a: DispatchTime, _ b: DispatchTime) -> Double {
        Double(b.uptimeNanoseconds - a.uptimeNanoseconds) / 1e9
    }

    private static func ms(_ seconds: Double) -> String { String(format: "%.0f ms", seconds * 1000) }
    private static func format(_ value: Double, _ digits: Int) -> String { String(format: "%.\(digits)f", value) }
}
