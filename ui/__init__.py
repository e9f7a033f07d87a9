"""The Qt desktop interface. Talks to the domain only through ceremony.event.Event."""
