namespace SpaceBridge.Web.Features.Registrations;

public enum RegistrationStatus { Submitted, Approved, Rejected, Waitlisted, Cancelled }
