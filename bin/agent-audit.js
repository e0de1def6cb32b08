#!/usr/bin/env node
// The agent-audit command: runs the committed CLI bundle.
import '../dist/cli/index.js'
