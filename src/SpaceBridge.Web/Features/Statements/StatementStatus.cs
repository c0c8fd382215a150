namespace SpaceBridge.Web.Features.Statements;

public enum StatementStatus { Drafting, Adopted }
