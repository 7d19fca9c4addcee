// @neuronlab/data/node: the Node-only entry (it reads and writes files). Browsers use the main entry.
export { readCsvFile, readCsvRecipe } from './read-csv-file.js';
export { writeCsvFile } from './write-csv-file.js';
