declare module '@lhncbc/ucum-lhc' {
  interface UcumValidation {
    status: string;
    ucumCode: string | null;
    msg?: string[];
  }
  interface UcumConversion {
    status: string;
    toVal: number | null;
    msg?: string[];
  }
  interface UcumLhcUtils {
    validateUnitString(unit: string, suggest?: boolean): UcumValidation;
    convertUnitTo(
      fromUnit: string,
      value: number,
      toUnit: string,
      suggest?: boolean,
      molecularWeight?: number,
    ): UcumConversion;
  }
  const ucum: { UcumLhcUtils: { getInstance(): UcumLhcUtils } };
  export default ucum;
}
