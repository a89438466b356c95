// For other modules' demos (aid: a DTKS list for Dharmasraya): stores an outside list and its rows
// without a link run; rows carrying a NIK are found by NIK at once, the link run can follow later.

export type { ListFileRow as OutsideListRow } from "./read-list-file";
export { storeList as storeOutsideList } from "./upload-list";
