// swift-tools-version:6.0
import Foundation
import PackageDescription

// libFuzzer targets for Chronolex: one small executable per reader, and one for the
// timeline and the diff. Not part of
// `swift test`; build and run them with `scripts/fuzz.sh NAME SECONDS`, which passes
// `-sanitize=fuzzer,address` and `-parse-as-library` (each target defines
// `LLVMFuzzerTestOneInput` and no `main`: libFuzzer's own `main` drives it).
// A package found by path is known by its folder's name (`main`, `chronolex`, a clone's
// name): the products of Chronolex are asked of whatever that name is.
let chronolex = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .lastPathComponent.lowercased()

/// A fuzz target: an executable on FuzzSupport and the Chronolex products it reads with.
func fuzzTarget(_ name: String, _ products: String...) -> Target {
    .executableTarget(name: name, dependencies: ["FuzzSupport"] + products.map { .product(name: $0, package: chronolex) })
}

let package = Package(
    name: "ChronolexFuzz",
    dependencies: [
        .package(path: ".."),
    ],
    targets: [
        // What every target shares: the reading of bytes and the checks on a result.
        // The declaration of libFuzzer's driver, `LLVMFuzzerRunDriver`.
        .target(name: "CFuzzer"),
        .target(name: "FuzzSupport", dependencies: [
            "CFuzzer",
            .product(name: "ChronolexModel", package: chronolex),
            .product(name: "ChronolexReaders", package: chronolex),
        ]),
        fuzzTarget("FuzzMarkdown", "ChronolexModel", "ChronolexReaders"),
        fuzzTarget("FuzzPlainText", "ChronolexModel", "ChronolexReaders"),
        fuzzTarget("FuzzAddress", "ChronolexModel"),
        fuzzTarget("FuzzRoundTrip", "ChronolexModel", "ChronolexReaders", "ChronolexXML"),
        fuzzTarget("FuzzInstructions", "ChronolexModel", "ChronolexReaders", "ChronolexAmendments"),
        fuzzTarget("FuzzHTML", "ChronolexModel", "ChronolexReaders", "ChronolexXML"),
        fuzzTarget("FuzzTimeline", "ChronolexModel", "ChronolexReaders", "ChronolexAmendments", "ChronolexTimeline", "ChronolexDiff", "ChronolexWorkspace"),
        // Not a fuzz target: prints what the readers make of an input (see its main.swift).
        .executableTarget(name: "FuzzReplay", dependencies: [
            .product(name: "ChronolexModel", package: chronolex),
            .product(name: "ChronolexReaders", package: chronolex),
            .product(name: "ChronolexXML", package: chronolex),
        ]),
    ]
)
