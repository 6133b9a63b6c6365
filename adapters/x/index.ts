export { XAdapter, toXError, type XAdapterOptions, type XConfig } from './x-adapter.js';
export { XCostMeter, dbSpendLedger, memorySpendLedger, xSpendToday, type SpendLedger, type XSpendReport, type BudgetState } from './cost.js';
