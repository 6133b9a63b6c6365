export { XAdapter, toXError, type XAdapterOptions, type XConfig } from './x-adapter.js';
export { XCostMeter, xPostCost, dbSpendLedger, memorySpendLedger, xSpendToday, type SpendLedger, type XSpendReport, type BudgetState } from './cost.js';
export { createXAdapter } from './factory.js';
