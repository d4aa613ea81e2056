// Only the declaration in include/CFuzzer.h is needed; libFuzzer defines the function.
#include "CFuzzer.h"
