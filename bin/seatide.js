#!/usr/bin/env node
'use strict';
require('../dist/adapters/cli/main.js').main(process.argv.slice(2));
