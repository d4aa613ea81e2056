// swift-tools-version:6.0
import Foundation
import PackageDescription

// libFuzzer targets for Chronolex: one small executable per reader. Not part of
// `swift test`; build and run them with `scripts/fuzz.sh NAME SECONDS`, which passes
// `-sanitize=fuzzer,address` and `-parse-as-library` (each target defines
// `LLVMFuzzerTestOneInput` and no `main`: libFuzzer's own `main` drives it).
// A package found by path is known by its folder's name (`main`, `chronolex`, a clone's
// name): the products of Chronolex are asked of whatever that name is.
let chronolex = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .lastPathComponent.lowercased()

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
        .executableTarget(name: "FuzzMarkdown", dependencies: [
            "FuzzSupport",
            .product(name: "ChronolexModel", package: chronolex),
            .product(name: "ChronolexReaders", package: chronolex),
        ]),
        .executableTarget(name: "FuzzPlainText", dependencies: [
            "FuzzSupport",
            .product(name: "ChronolexModel", package: chronolex),
            .product(name: "ChronolexReaders", package: chronolex),
        ]),
        .executableTarget(name: "FuzzAddress", dependencies: [
            "FuzzSupport",
            .product(name: "ChronolexModel", package: chronolex),
        ]),
        .executableTarget(name: "FuzzRoundTrip", dependencies: [
            "FuzzSupport",
            .product(name: "ChronolexModel", package: chronolex),
            .product(name: "ChronolexReaders", package: chronolex),
            .product(name: "ChronolexXML", package: chronolex),
        ]),
        .executableTarget(name: "FuzzInstructions", dependencies: [
            "FuzzSupport",
            .product(name: "ChronolexModel", package: chronolex),
            .product(name: "ChronolexReaders", package: chronolex),
            .product(name: "ChronolexAmendments", package: chronolex),
        ]),
        .executableTarget(name: "FuzzHTML", dependencies: [
            "FuzzSupport",
            .product(name: "ChronolexModel", package: chronolex),
            .product(name: "ChronolexReaders", package: chronolex),
            .product(name: "ChronolexXML", package: chronolex),
        ]),
        // Not a fuzz target: prints what the readers make of an input (see its main.swift).
        .executableTarget(name: "FuzzReplay", dependencies: [
            .product(name: "ChronolexModel", package: chronolex),
            .product(name: "ChronolexReaders", package: chronolex),
            .product(name: "ChronolexXML", package: chronolex),
        ]),
    ]
)
